import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/cli/html-blocks';

const texts = (html: string) => [...htmlBlocks(html)].map((b) => b.text);

describe('htmlBlocks', () => {
  it.each([
    [
      'joins inline elements without adding spaces',
      '<p>Scal<b>ing</b> <em>laws</em></p>',
      ['Scaling laws'],
    ],
    ['collapses whitespace as CSS does', '<p>\n   a \t\n  b  </p>', ['a b']],
    ['keeps a no-break space', '<p>a&nbsp;b</p>', ['a\u00a0b']],
    ['ends a paragraph at block elements', '<div>a<p>b</p>c</div>', ['a', 'b', 'c']],
    ['closes an unclosed <p> at the next <p>', '<p>a<p>b', ['a', 'b']],
    ['closes an unclosed <li> at the next <li>', '<ul><li>a<li>b</ul>after', ['a', 'b', 'after']],
    ['reads table cells apart', '<table><tr><td>a<td>b<tr><td>c</table>', ['a', 'b', 'c']],
    ['turns <br> into a line break inside the paragraph', '<p>a<br>b<br/>  c</p>', ['a\nb\nc']],
    [
      'skips script and style, whatever they contain',
      'a<script>if (x < 1) "</p><p>b"</script>c<style>p{}</style>d',
      ['acd'],
    ],
    ['skips raw text up to the real end tag only', '<script>x</scripty></script>a', ['a']],
    [
      'skips textarea, title, noscript, iframe and template',
      '<title>t</title><textarea><p>x</p></textarea><noscript>n</noscript><iframe>i</iframe><template><p>t</p></template>a',
      ['a'],
    ],
    [
      'skips code, pre, kbd and samp',
      '<p>use <code>x</code> <kbd>k</kbd> <samp>s</samp> now</p><pre>p</pre>',
      ['use now'],
    ],
    [
      'skips [hidden], aria-hidden=true and display:none',
      '<p hidden>a</p><div aria-hidden="TRUE">b</div><span style="color: red; display: none">c</span>d',
      ['d'],
    ],
    ['keeps aria-hidden=false', '<p aria-hidden="false">a</p>', ['a']],
    ['shows what follows a hidden <p> left open', '<p hidden>a<p>b', ['b']],
    [
      'skips the head, even unclosed',
      '<html><head><title>t</title><meta charset=utf-8><p>a',
      ['a'],
    ],
    ['skips comments, the odd ones too', 'a<!-- b -->c<!-->d<!--->e<!-- f', ['acde']],
    [
      'skips doctype, processing instructions and bogus comments',
      '<!DOCTYPE html><?xml version="1.0"?>a</ b>c',
      ['ac'],
    ],
    [
      'treats CDATA as a comment in HTML and as text in SVG',
      'a<![CDATA[b]]>c<svg><![CDATA[d]]></svg>',
      ['acd'],
    ],
    ['keeps a "<" that starts no tag', '<p>1 < 2 and a <3</p>', ['1 < 2 and a <3']],
    ['drops a tag cut off at the end', '<p>a</p', ['a']],
    [
      'reads ">" inside a quoted attribute as part of it',
      '<a title="x > y" href=\'>\'>z</a>',
      ['z'],
    ],
    [
      'decodes named, numeric and legacy entities',
      '&amp; &lt;&gt; &copy 2024 &#x41;&#66; &#150; &ldquo;q&rdquo; &bogus; &#0;',
      ['& <> © 2024 AB – “q” &bogus; \ufffd'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('maps rendered ranges back to the source, across tags and entities', () => {
    const html = '<p>Many say <em>Scaling</em>\n   laws &amp; more.</p>';
    const [block] = [...htmlBlocks(html)];
    expect(block!.text).toBe('Many say Scaling laws & more.');
    const at = (phrase: string) => {
      const start = block!.text.indexOf(phrase);
      const range = block!.sourceRange(start, start + phrase.length);
      return html.slice(range.start, range.end);
    };
    expect(at('Scaling laws')).toBe('Scaling</em>\n   laws');
    expect(at('&')).toBe('&amp;');
    expect(at('laws & more')).toBe('laws &amp; more');
    expect(at('Many')).toBe('Many');
  });
});
