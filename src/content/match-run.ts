import type { HypeMatch } from '../core/match/hype-match';
import { matchKey } from '../core/settings/match-key';
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

/** Words on each side of a phrase that make its dismissal key: the same phrase elsewhere stays. */
const KEY_CONTEXT = 40;

function contextOf(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - KEY_CONTEXT), end + KEY_CONTEXT);
}

/** Matches one run and places the findings that are not rejections as ranges in the page. */
export function matchRun(doc: Document, run: TextRun, findHype: FindHype): FoundMatch[] {
  const found: FoundMatch[] = [];
  for (const match of findHype(run.text)) {
    if (match.stance === 'reject') continue;
    const range = toRange(doc, run, match);
    if (range)
      found.push({
        match,
        range,
        block: run.block,
        key: matchKey(match.myth, contextOf(run.text, match.start, match.end)),
      });
  }
  return found;
}
