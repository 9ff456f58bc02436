import { INLINE_TAGS } from './inline-tags';
import { isSkipped } from './skip-rules';
import type { TextRun } from './text-run';

/** The nearest ancestor (or self) that is not a phrasing element: the block a text belongs to. */
export function blockOf(node: Node | null): Element | null {
  let cur: Element | null =
    node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  while (cur && INLINE_TAGS.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  return cur;
}

/**
 * Walks the rendered text under `root` and yields it as runs, one per
 * block: text across inline elements is one run, a block boundary ends it.
 * Skipped subtrees (code, editors, forms, hidden, our own UI) are never
 * entered. Iterative, so deep DOMs cannot overflow the stack; lazy, so a
 * caller can stop between runs and go on later (idle-time slices).
 */
export function* iterateRuns(root: Node): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks = new Map<Element, Element | null>();
  const findBlock = (el: Element | null): Element | null => {
    if (!el) return null;
    const known = blocks.get(el);
    if (known !== undefined) return known;
    const block = blockOf(el);
    blocks.set(el, block);
    return block;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextRun | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    const block = findBlock(text.parentElement);
    if (!current || block !== current.block) {
      if (current && /\S/.test(current.text)) yield current;
      current = { text: '', block, nodes: [], starts: [] };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** Every run under `root` at once (see `iterateRuns`). */
export function collectRuns(root: Node): TextRun[] {
  return [...iterateRuns(root)];
}
