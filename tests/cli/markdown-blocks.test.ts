import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/cli/markdown-blocks';

const texts = (markdown: string) => [...markdownBlocks(markdown)].map((b) => b.text);

describe('markdownBlocks', () => {
  it.each([
    ['joins the lines of a paragraph', 'one\ntwo\n\nthree', ['one two', 'three']],
    [
      'strips heading markers, closing ones too',
      '# Title #\n\nSub\n===\n\n## C#',
      ['Title', 'Sub', 'C#'],
    ],
    [
      'strips emphasis and strikethrough, keeps the words',
      '*a* **b** _c_ __d__ ~~e~~',
      ['a b c d e'],
    ],
    [
      'keeps literal stars and snake_case',
      '2 * 3 = 6, snake_case_name',
      ['2 * 3 = 6, snake_case_name'],
    ],
    [
      'drops fenced code, backticks and tildes, and an unclosed fence',
      'a\n```js\nx\n```\nb\n~~~\ny\n~~~\n\n````\nz',
      ['a', 'b'],
    ],
    [
      'drops a fence inside a quote or a list item',
      '> ```\n> x\n> ```\n\n- item\n  ```\n  y\n  ```',
      ['item'],
    ],
    [
      'drops indented code after a blank line, but not a list continuation',
      'a\n\n    code\n\n- item\n\n    more',
      ['a', 'item', 'more'],
    ],
    [
      'drops inline code, even across a line break',
      'a `x` b ``y ` z`` c `multi\nline` d',
      ['a b c d'],
    ],
    [
      'keeps link text and drops the destination',
      'see [the essay](https://x.test/a_(b) "t") and [ref][1]',
      ['see the essay and ref'],
    ],
    [
      'drops images, autolinks and footnote references',
      'a ![alt](i.png) b <https://x.test> c[^1] d',
      ['a b c d'],
    ],
    [
      'drops reference definitions and front matter',
      '---\ntitle: x\n---\ntext\n\n[1]: https://x.test',
      ['text'],
    ],
    [
      'drops HTML comments and tags, and raw HTML blocks',
      'a <!-- b --> c <span>d</span>\n\n<!--\ne\n-->\n\n<script>\nf\n</script>\ng',
      ['a c d', 'g'],
    ],
    ['decodes escapes and entities', '\\*not emphasis\\* &amp; &copy;', ['*not emphasis* & ©']],
    [
      'reads list items, quotes and task boxes as paragraphs of their own',
      '- a\n- [x] b\n1. c\n\n> d\n> e',
      ['a', 'b', 'c', 'd e'],
    ],
    [
      'reads table cells apart and drops the delimiter row',
      '| a | b |\n|---|:-:|\n| c | d |',
      ['a\nb', 'c\nd'],
    ],
    ['treats CRLF like LF', 'a\r\nb\r\n\r\nc', ['a b', 'c']],
  ])('%s', (_name, markdown, expected) => {
    expect(texts(markdown)).toEqual(expected);
  });

  it('maps rendered ranges back to the source, across markers and line breaks', () => {
    const markdown = '> Many believe the **scaling**\n> laws &amp; [more](https://x.test).';
    const [block] = [...markdownBlocks(markdown)];
    expect(block!.text).toBe('Many believe the scaling laws & more.');
    const at = (phrase: string) => {
      const start = block!.text.indexOf(phrase);
      const range = block!.sourceRange(start, start + phrase.length);
      return markdown.slice(range.start, range.end);
    };
    expect(at('scaling laws')).toBe('scaling**\n> laws');
    expect(at('&')).toBe('&amp;');
    expect(at('more')).toBe('more');
  });
});
