// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { collectRuns } from './collect-runs';
import { locate } from './text-run';

describe('collectRuns', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  const runsOf = (html: string): string[] => {
    setBody(html);
    return collectRuns(document.body).map((r) => r.text.trim());
  };

  it('joins text across inline elements into one run', () => {
    expect(runsOf('<p><em>Scaling</em> <a href="#">laws</a> hold.</p>')).toEqual([
      'Scaling laws hold.',
    ]);
  });

  it('ends a run at a block boundary', () => {
    expect(runsOf('<div>one <p>two</p> three</div>')).toEqual(['one', 'two', 'three']);
  });

  it.each([
    ['<textarea>scaling laws</textarea>'],
    ['<input value="scaling laws">'],
    ['<div contenteditable="true">scaling laws</div>'],
    ['<pre>scaling laws</pre>'],
    ['<code>scaling laws</code>'],
    ['<script>var s = "scaling laws"</script>'],
    ['<div aria-hidden="true">scaling laws</div>'],
    ['<div hidden>scaling laws</div>'],
    ['<hype-lens-ui>scaling laws</hype-lens-ui>'],
  ])('leaves %s alone', (html) => {
    expect(runsOf(`<p>before</p>${html}`)).toEqual(['before']);
  });

  it('walks a DOM nested 5,000 deep without recursion', () => {
    const p = document.createElement('p');
    let parent: Element = p;
    for (let i = 0; i < 5000; i += 1)
      parent = parent.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    parent.append('scaling laws');
    document.body.replaceChildren(p);
    expect(collectRuns(document.body).map((r) => r.text)).toEqual(['scaling laws']);
  });

  it('maps run offsets back to text nodes', () => {
    setBody('<p><em>Scaling</em> laws</p>');
    const [run] = collectRuns(document.body);
    expect(locate(run!, 0, false)).toMatchObject({ offset: 0 });
    expect(locate(run!, 0, false)?.node.data).toBe('Scaling');
    expect(locate(run!, 7, true)?.node.data).toBe('Scaling');
    expect(locate(run!, 8, false)?.node.data).toBe(' laws');
    expect(locate(run!, 12, true)).toMatchObject({ offset: 5 });
  });
});
