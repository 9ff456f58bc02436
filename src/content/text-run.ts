/** Text of one block, joined across inline elements, with the text nodes it came from. */
export interface TextRun {
  text: string;
  /** The block element the run belongs to (null for text directly under a document fragment). */
  block: Element | null;
  /** The text node of each segment; a node appears once per piece left between invisible characters. */
  nodes: Text[];
  /** Offset in `text` where each segment starts. */
  starts: number[];
  /** Offset in its node where each segment starts (past the invisible characters left out of `text`). */
  offsets: number[];
}

/** The (node, offset) that a run offset falls in; an end offset stays in the node it ends. */
export function locate(
  run: TextRun,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } | undefined {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid] ?? 0;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo];
  const start = run.starts[lo];
  if (!node || start === undefined) return undefined;
  const from = run.offsets[lo] ?? 0;
  const length = (run.starts[lo + 1] ?? run.text.length) - start;
  return { node, offset: Math.min(from + Math.min(offset - start, length), node.data.length) };
}
