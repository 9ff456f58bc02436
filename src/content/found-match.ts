import type { HypeMatch } from '../core/match/hype-match';

/** A match placed in the page: its range over the page's text nodes. */
export interface FoundMatch {
  match: HypeMatch;
  range: Range;
}
