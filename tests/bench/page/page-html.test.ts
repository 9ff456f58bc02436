import { describe, expect, it } from 'vitest';
import { pageHtml } from './page-html';

/** The page's text as a browser would read it: tags dropped, entities decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('pageHtml', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Sentence ${i} says a < b & c > d.`);
  const html = pageHtml('Bench <page>', paragraphs, 1);

  it('keeps every paragraph text whole, markup escaped', () => {
    for (const p of paragraphs) expect(textOf(html)).toContain(p);
    expect(html).not.toContain('a < b');
  });

  it('wraps some words in <em> and <a>, and opens sections with headings', () => {
    expect(html).toMatch(/<em>\S+<\/em>/);
    expect(html).toMatch(/<a href="#s\d+">\S+<\/a>/);
    expect(html.match(/<h2>/g)?.length).toBe(5);
  });

  it('builds the same page for the same seed', () => {
    expect(pageHtml('Bench <page>', paragraphs, 1)).toBe(html);
  });
});
