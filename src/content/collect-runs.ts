import { INLINE_TAGS } from './inline-tags';
import { isSkipped } from './skip-rules';
import type { TextRun } from './text-run';

/**
 * Characters a reader never sees, which split a phrase for the matcher:
 * soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM.
 * They are left out of a run's text ("scal\u00ADing laws" reads as
 * "scaling laws"); the page's text is not changed.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Appends a text node to a run, split around its invisible characters. */
function appendText(run: TextRun, text: Text): void {
  const data = text.data;
  if (!HAS_INVISIBLE.test(data)) return pushSegment(run, text, 0, data);
  let from = 0;
  for (const hit of data.matchAll(INVISIBLE)) {
    if (hit.index > from) pushSegment(run, text, from, data.slice(from, hit.index));
    from = hit.index + hit[0].length;
  }
  if (from < data.length) pushSegment(run, text, from, data.slice(from));
}

function pushSegment(run: TextRun, text: Text, offset: number, piece: string): void {
  run.starts.push(run.text.length);
  run.nodes.push(text);
  run.offsets.push(offset);
  run.text += piece;
}

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
      current = { text: '', block, nodes: [], starts: [], offsets: [] };
    }
    appendText(current, text);
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** Every run under `root` at once (see `iterateRuns`). */
export function collectRuns(root: Node): TextRun[] {
  return [...iterateRuns(root)];
}
