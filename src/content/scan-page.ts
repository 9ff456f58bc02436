import type { HypeMatch } from '../core/match/hype-match';
import { collectRuns } from './collect-runs';
import type { FoundMatch } from './found-match';
import { locate, type TextRun } from './text-run';

export type FindHype = (text: string) => HypeMatch[];

function toRange(doc: Document, run: TextRun, match: HypeMatch): Range | undefined {
  const start = locate(run, match.start, false);
  const end = locate(run, match.end, true);
  if (!start || !end) return undefined;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/**
 * Scans the text under `root` with the injected matcher and returns the
 * matches placed as ranges. Records the `hype-lens:scan` measure of the
 * test contract.
 */
export function scanPage(root: Node, findHype: FindHype): FoundMatch[] {
  const doc = root.ownerDocument ?? (root as Document);
  const start = performance.now();
  const found: FoundMatch[] = [];
  for (const run of collectRuns(root)) {
    for (const match of findHype(run.text)) {
      const range = toRange(doc, run, match);
      if (range) found.push({ match, range });
    }
  }
  const flagged = found.filter((f) => f.match.stance !== 'reject');
  const myths: Record<string, number> = {};
  for (const f of flagged) myths[f.match.myth] = (myths[f.match.myth] ?? 0) + 1;
  performance.measure('hype-lens:scan', {
    start,
    end: performance.now(),
    detail: { matches: flagged.length, myths },
  });
  return flagged;
}
