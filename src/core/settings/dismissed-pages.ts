import { isRecord } from './is-record';
import { pageKey } from './match-key';

/** Dismissed matches: page key (see `pageKey`) → match keys (see `matchKey`). */
export type DismissedPages = Record<string, string[]>;

/** Pages remembered at most; the least recently touched go first. */
export const MAX_DISMISSED_PAGES = 500;
/** Dismissed matches kept per page at most; the oldest go first. */
export const MAX_DISMISSED_PER_PAGE = 200;

/**
 * Dismissed matches from anything found in storage, never throwing:
 * entries that are not lists of strings are dropped. Key order is kept,
 * because it records which page was touched last.
 */
export function parseDismissed(raw: unknown): DismissedPages {
  if (!isRecord(raw)) return {};
  const pages: DismissedPages = {};
  for (const [page, keys] of Object.entries(raw)) {
    if (!Array.isArray(keys)) continue;
    const strings = keys.filter((key): key is string => typeof key === 'string');
    if (strings.length > 0) pages[page] = strings;
  }
  return pages;
}

/**
 * The record with `key` dismissed on the page at `url`, that page moved to
 * the most recent place, and the oldest pages dropped beyond the cap. URLs
 * that cannot be parsed change nothing.
 */
export function withDismissed(pages: DismissedPages, url: string, key: string): DismissedPages {
  const page = pageKey(url);
  if (page === '' || key === '') return pages;
  const { [page]: before = [], ...others } = pages;
  const keys = [...before.filter((k) => k !== key), key].slice(-MAX_DISMISSED_PER_PAGE);
  // Object keys keep insertion order (page keys are never integer-like), so the end is the newest.
  const entries = [...Object.entries(others), [page, keys] as const].slice(-MAX_DISMISSED_PAGES);
  return Object.fromEntries(entries);
}
