import type { CueRegExp } from './cue-regexp';
import type { Span } from './split-sentences';

/**
 * Up to this length a text's cues are found once over all of it, and each
 * sentence's paragraph question is a lookup. A longer text (one block of
 * 1 MB, no paragraphs) asks each sentence's own window instead, so a cue
 * that one sentence asks for never costs a pass over the whole text.
 */
export const WHOLE_TEXT_CUES = 20_000;

/** The first span ending after `from`, by binary search over spans sorted by start (and so by end). */
function firstEndingAfter(spans: readonly Span[], from: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The paragraph-level cues of one text, shared by its sentences: each
 * sentence asks whether a cue stands in the window around it, and without
 * this every sentence of a paragraph would scan the same paragraph again.
 */
export class TextCues {
  private readonly spans = new Map<CueRegExp, Span[]>();

  constructor(readonly text: string) {}

  /** Does a match of `regex` stand wholly inside `window` (offsets into the text)? */
  hasWithin(regex: CueRegExp, window: Span): boolean {
    const { text } = this;
    if (text.length > WHOLE_TEXT_CUES) return regex.test(text.slice(window.start, window.end));
    let spans = this.spans.get(regex);
    if (!spans) this.spans.set(regex, (spans = regex.spans(text)));
    const at = spans[firstEndingAfter(spans, window.start)];
    return at !== undefined && at.start >= window.start && at.end <= window.end;
  }
}
