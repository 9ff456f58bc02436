import { describe, expect, it } from 'vitest';
import {
  MAX_DISMISSED_PAGES,
  MAX_DISMISSED_PER_PAGE,
  parseDismissed,
  withDismissed,
} from './dismissed-pages';

describe('dismissed pages', () => {
  it('files a key under the page without query or hash, once', () => {
    let pages = withDismissed({}, 'https://a.com/post?utm=1#top', 'm|x');
    pages = withDismissed(pages, 'https://a.com/post', 'm|x');
    expect(pages).toEqual({ 'https://a.com/post': ['m|x'] });
  });

  it('moves the page touched last to the end and drops the oldest beyond the cap', () => {
    let pages = {};
    for (let i = 0; i < MAX_DISMISSED_PAGES; i += 1)
      pages = withDismissed(pages, `https://a.com/${i}`, 'k');
    pages = withDismissed(pages, 'https://a.com/0', 'k2');
    pages = withDismissed(pages, 'https://a.com/new', 'k');
    const keys = Object.keys(pages);
    expect(keys).toHaveLength(MAX_DISMISSED_PAGES);
    expect(keys).not.toContain('https://a.com/1');
    expect(keys.slice(-2)).toEqual(['https://a.com/0', 'https://a.com/new']);
  });

  it(`keeps at most ${MAX_DISMISSED_PER_PAGE} keys a page, the newest`, () => {
    let pages = {};
    for (let i = 0; i <= MAX_DISMISSED_PER_PAGE; i += 1)
      pages = withDismissed(pages, 'https://a.com/', `k${i}`);
    const keys = parseDismissed(pages)['https://a.com/'] ?? [];
    expect(keys).toHaveLength(MAX_DISMISSED_PER_PAGE);
    expect(keys[0]).toBe('k1');
  });

  it.each([
    ['nonsense', 'x', {}],
    ['a list', ['a'], {}],
    [
      'entries of the wrong type',
      { 'https://a.com/': 'k', 'https://b.com/': ['k', 3] },
      { 'https://b.com/': ['k'] },
    ],
  ])('parses %s without throwing', (_name, raw, expected) => {
    expect(parseDismissed(raw)).toEqual(expected);
  });

  it('ignores URLs that cannot be parsed', () => {
    expect(withDismissed({}, 'not a url', 'k')).toEqual({});
  });
});
