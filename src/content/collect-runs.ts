import { INLINE_TAGS } from './inline-tags';
import { hostOf, parentAcross } from './parent-across';
import { isInsideSkipped } from './inside-skipped';
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

/**
 * The nearest ancestor (or self) that is not a phrasing element: the block
 * a text belongs to. A shadow tree counts as part of its host (for a shadow
 * root itself, the host's block).
 */
export function blockOf(node: Node | null): Element | null {
  if (!node) return null;
  let cur: Element | null =
    node.nodeType === 1 ? (node as Element) : (hostOf(node) ?? parentAcross(node));
  while (cur && INLINE_TAGS.has(cur.tagName.toUpperCase())) cur = parentAcross(cur);
  return cur;
}

/** What a walk reports besides its runs, so the watcher can follow what it found. */
export interface WalkHooks {
  /** An open shadow root the walk went into. */
  onShadowRoot?(root: ShadowRoot): void;
  /** A custom element that is not defined yet: it may get its shadow root when it is upgraded. */
  onUndefined?(el: Element): void;
}

/** A custom element whose definition has not run (an upgrade may attach a shadow root later). */
function isUndefinedCustom(el: Element): boolean {
  return el.localName.includes('-') && !el.matches(':defined');
}

/** One tree being walked (the document's, or a shadow tree) and the run it is building. */
interface Frame {
  walker: TreeWalker;
  current: TextRun | undefined;
}

/**
 * Text, hosts and elements that may become hosts come out of the walk;
 * other elements are looked through, and skipped ones never entered.
 */
const WALK_FILTER = {
  acceptNode(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    const el = node as Element;
    if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
    return el.shadowRoot || isUndefinedCustom(el)
      ? NodeFilter.FILTER_ACCEPT
      : NodeFilter.FILTER_SKIP;
  },
};

function frameOf(doc: Document, tree: Node): Frame {
  const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
  return { walker: doc.createTreeWalker(tree, show, WALK_FILTER), current: undefined };
}

/** Yields a frame's run if it holds any visible text. */
function* finish(frame: Frame): Generator<TextRun, void, undefined> {
  if (frame.current && /\S/.test(frame.current.text)) yield frame.current;
  frame.current = undefined;
}

/**
 * Walks the rendered text under `root` and yields it as runs, one per
 * block: text across inline elements is one run, a block boundary ends it.
 * Open shadow roots are walked where their host stands, as runs of their
 * own; closed ones cannot be reached and are not. Skipped subtrees (code,
 * editors, forms, hidden, our own UI) are never entered, in shadow trees
 * too. Iterative, so deep DOMs cannot overflow the stack; lazy, so a
 * caller can stop between runs and go on later (idle-time slices).
 */
export function* iterateRuns(
  root: Node,
  hooks: WalkHooks = {},
): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  // The last element asked and its block: text nodes in a row mostly share their parent. A map
  // of every element seen would keep a wrapper of each alive for the whole walk, and on a page
  // of 200,000 nodes every minor GC then pays for them (measured: steps of 25-65 ms).
  let lastEl: Element | null = null;
  let lastBlock: Element | null = null;
  const findBlock = (el: Element | null): Element | null => {
    if (!el) return null;
    if (el !== lastEl) {
      lastEl = el;
      lastBlock = blockOf(el);
    }
    return lastBlock;
  };
  // A walk that starts inside an editor, or in a document in design mode, has nothing to read.
  if (doc.designMode === 'on' || isInsideSkipped(root)) return;
  const frames: Frame[] = [frameOf(doc, root)];
  const enterShadowOf = (el: Element): void => {
    const shadow = el.shadowRoot;
    if (!shadow) return;
    hooks.onShadowRoot?.(shadow);
    frames.push(frameOf(doc, shadow));
  };
  if (hostOf(root)) hooks.onShadowRoot?.(root as ShadowRoot);
  if (root.nodeType === 1) enterShadowOf(root as Element);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    const node = frame.walker.nextNode();
    if (!node) {
      yield* finish(frame);
      frames.pop();
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isUndefinedCustom(el)) hooks.onUndefined?.(el);
      if (!el.shadowRoot) continue;
      // A block host ends the run before it, so runs stay in reading order (the viewport-first
      // scan relies on it); an inline host's light text goes on as one run around its shadow tree.
      if (findBlock(el) === el) yield* finish(frame);
      // The shadow tree is read before the host's light children, as runs of its own.
      enterShadowOf(el);
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const block = findBlock(parentAcross(text));
    if (!frame.current || block !== frame.current.block) {
      yield* finish(frame);
      frame.current = { text: '', block, nodes: [], starts: [], offsets: [] };
    }
    appendText(frame.current, text);
  }
}

/** Every run under `root` at once (see `iterateRuns`). */
export function collectRuns(root: Node, hooks?: WalkHooks): TextRun[] {
  return [...iterateRuns(root, hooks)];
}
