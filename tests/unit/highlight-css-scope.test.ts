import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The content script's manifest CSS is added to every page. It may style our
 * highlights and nothing else: a selector that matched a page element would
 * restyle the page.
 */
const css = readFileSync(new URL('../../assets/highlights.css', import.meta.url), 'utf8');

/** Every selector in the sheet (inside at-rules too), without comments. */
function selectorsOf(text: string): string[] {
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...bare.matchAll(/([^{}]+)\{/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((prelude) => prelude.split(',').map((s) => s.trim()));
}

describe('the CSS added to every page', () => {
  it('styles only our own named highlights', () => {
    const selectors = selectorsOf(css);
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors.filter((s) => !/^::highlight\(hype-lens-[a-z-]+\)$/.test(s))).toEqual([]);
  });

  it('would catch a rule that reaches page elements', () => {
    expect(selectorsOf('::highlight(hype-lens-x) { color: red } p, a { color: red }')).toEqual([
      '::highlight(hype-lens-x)',
      'p',
      'a',
    ]);
  });
});
