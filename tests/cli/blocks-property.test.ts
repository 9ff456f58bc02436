import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/cli/html-blocks';
import { markdownBlocks } from '../../src/cli/markdown-blocks';
import type { TextBlock } from '../../src/cli/text-block';

/** Pieces that make malformed markup likely: unclosed tags, stray entities, fences, brackets. */
const PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '<p>',
  '</p>',
  '<li>',
  '<b>',
  '</b>',
  '<script>',
  '</script>',
  '<pre>',
  '<br>',
  '<div hidden>',
  '</div>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<svg>',
  '&',
  '&amp;',
  '&#x',
  ';',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '`',
  '```',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '>',
  '-',
  '|',
  '\\',
  'a',
  'Scaling laws',
  '규모',
  '\ud83d\ude00',
  '\u00a0',
];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

function checkMapping(source: string, blocks: readonly TextBlock[]): void {
  let previous = 0;
  for (const block of blocks) {
    expect(block.text.length).toBeGreaterThan(0);
    const whole = block.sourceRange(0, block.text.length);
    expect(whole.start).toBeGreaterThanOrEqual(previous);
    for (let i = 0; i < block.text.length; i += 1) {
      const range = block.sourceRange(i, i + 1);
      expect(range.start).toBeGreaterThanOrEqual(whole.start);
      expect(range.end).toBeGreaterThan(range.start);
      expect(range.end).toBeLessThanOrEqual(whole.end);
    }
    expect(whole.end).toBeLessThanOrEqual(source.length);
    previous = whole.end;
  }
}

describe.each([
  ['htmlBlocks', htmlBlocks],
  ['markdownBlocks', markdownBlocks],
])('%s on arbitrary input', (_name, read) => {
  it('always ends, and maps every character into the source', () => {
    fc.assert(
      fc.property(documents, (source) => {
        checkMapping(source, [...read(source)]);
      }),
      { numRuns: 500 },
    );
  });

  it('maps a rendered word to a source range that starts and ends with its letters', () => {
    fc.assert(
      fc.property(documents, (source) => {
        for (const block of read(source))
          for (const word of block.text.matchAll(/[a-z]+/g)) {
            const range = block.sourceRange(word.index, word.index + word[0].length);
            expect(source[range.start]).toBe(word[0][0]);
            expect(source[range.end - 1]).toBe(word[0].at(-1));
          }
      }),
      { numRuns: 500 },
    );
  });
});
