import { seeded } from '../make-prose';

/** Paragraphs per section: a heading opens each section. */
const SECTION_EVERY = 8;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Wraps one whole word of an (escaped) paragraph in `<em>` or `<a>` now and
 * then, as real articles do: the scanner must join inline runs, and a word
 * boundary keeps the page's text the same as the generated prose.
 */
function withInline(paragraph: string, rand: () => number): string {
  const words = paragraph.split(' ');
  const roll = rand();
  if (roll < 0.6 || words.length < 3) return words.join(' ');
  const at = 1 + Math.floor(rand() * (words.length - 2));
  const word = words[at]!;
  words[at] = roll < 0.85 ? `<em>${word}</em>` : `<a href="#s${at}">${word}</a>`;
  return words.join(' ');
}

/**
 * A whole article page from generated paragraphs: a title, a heading every
 * few paragraphs, some inline `<em>` and `<a>`. Deterministic for a seed, so
 * every run measures the same page.
 */
export function pageHtml(title: string, paragraphs: readonly string[], seed: number): string {
  const rand = seeded(seed);
  const body: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i % SECTION_EVERY === 0) body.push(`<h2>Section ${i / SECTION_EVERY + 1}</h2>`);
    body.push(`<p>${withInline(escapeHtml(paragraph), rand)}</p>`);
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><article><h1>${escapeHtml(title)}</h1>`,
    ...body,
    '</article></body></html>',
    '',
  ].join('\n');
}
