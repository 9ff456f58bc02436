import { INLINE_TAGS } from './inline-tags';
import { isSkipped } from './skip-rules';
import type { TextRun } from './text-run';

/**
 * Walks the rendered text under `root` and joins it into runs, one per
 * block: text across inline elements is one run, a block boundary ends it.
 * Skipped subtrees (code, editors, forms, hidden, our own UI) are never
 * entered. Iterative, so deep DOMs cannot overflow the stack.
 */
export function collectRuns(root: Node): TextRun[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blockOf = new Map<Element, Element>();
  const findBlock = (el: Element | null): Element | null => {
    let cur = el;
    const path: Element[] = [];
    while (cur && INLINE_TAGS.has(cur.tagName.toUpperCase())) {
      const known = blockOf.get(cur);
      if (known) {
        cur = known;
        break;
      }
      path.push(cur);
      cur = cur.parentElement;
    }
    for (const p of path) if (cur) blockOf.set(p, cur);
    return cur;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  let currentBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    const block = findBlock(text.parentElement);
    if (!current || block !== currentBlock) {
      current = { text: '', nodes: [], starts: [] };
      runs.push(current);
      currentBlock = block;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  return runs.filter((run) => /\S/.test(run.text));
}
