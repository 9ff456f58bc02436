import type { TextRun } from './text-run';

function rectOf(run: TextRun): DOMRect | undefined {
  const node = run.nodes[0];
  if (!node) return undefined;
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/**
 * The runs in the order to match them: from the first one in the viewport
 * to the end of the page, then the part above. Runs are in document order,
 * which is (nearly) vertical order, so a binary search finds the first
 * visible one with a handful of layout reads. Also says how many of the
 * reordered runs are on screen, so they can be painted before the rest.
 */
export function visibleFirst(
  runs: readonly TextRun[],
  viewportHeight: number,
  maxVisible = 400,
): { ordered: TextRun[]; visible: number } {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = rectOf(runs[mid] as TextRun);
    if (rect && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const ordered = [...runs.slice(lo), ...runs.slice(0, lo)];
  let visible = 0;
  while (visible < ordered.length && visible < maxVisible) {
    const rect = rectOf(ordered[visible] as TextRun);
    if (rect && rect.top > viewportHeight) break;
    visible += 1;
  }
  return { ordered, visible };
}
