import type { HypeMatch } from '../core/match/hype-match';

/** A match placed in the page: its range over the page's text nodes. */
export interface FoundMatch {
  match: HypeMatch;
  range: Range;
  /** The block the matched text belongs to: a rescan of that block replaces the match. */
  block: Element | null;
  /** Dismissal key (see core/settings/match-key). */
  key: string;
}
