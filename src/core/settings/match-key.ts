/**
 * The key under which a match is dismissed on a page: its myth and its
 * phrase, case and spacing folded, so the same phrase stays dismissed when
 * the page re-renders or the text moves.
 */
export function matchKey(myth: string, phrase: string): string {
  return `${myth}|${phrase.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * The page a dismissal belongs to: origin and path, without query or hash,
 * so tracking parameters do not forget it. Returns '' for URLs that cannot
 * be parsed.
 */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}
