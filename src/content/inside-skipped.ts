import { isSkipped } from './skip-rules';

/** Is `node` inside (or itself) a subtree the walker leaves alone? */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el;) {
    if (isSkipped(el)) return true;
    el = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
  }
  return false;
}
