import { hostOf } from './parent-across';

/**
 * Is `node` inside `root` (or `root` itself), counting what is in the
 * shadow trees of hosts under `root`? `Node.contains` stops at a shadow
 * root, so a rescan of a block would miss the matches in its web components.
 */
export function containsAcross(root: Node, node: Node): boolean {
  for (let cur: Node | null = node; cur;) {
    if (root.contains(cur)) return true;
    cur = hostOf(cur.getRootNode());
  }
  return false;
}
