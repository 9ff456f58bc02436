// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { blockOf, collectRuns } from './collect-runs';
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

  it.each([
    ['contenteditable=""', '<div contenteditable=""><p>scaling laws</p></div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only"><p>laws</p></div>'],
    ['CONTENTEDITABLE="TRUE"', '<div CONTENTEDITABLE="TRUE"><div><p>laws</p></div></div>'],
  ])('leaves the whole subtree of an editing host alone: %s', (_name, html) => {
    expect(runsOf(`<p>before</p>${html}`)).toEqual(['before']);
  });

  it('reads text under contenteditable="false" or an unknown value', () => {
    expect(
      runsOf('<div contenteditable="false"><p>one</p></div><div contenteditable="x">two</div>'),
    ).toEqual(['one', 'two']);
  });

  it('reads nothing from a walk that starts inside an editor, or in design mode', () => {
    setBody('<div contenteditable="true"><p id="inner">scaling laws</p></div>');
    expect(collectRuns(document.getElementById('inner')!)).toEqual([]);
    setBody('<p>scaling laws</p>');
    document.designMode = 'on';
    try {
      expect(collectRuns(document.body)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
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

  it.each([
    ['a soft hyphen', 'scal\u00ADing laws'],
    ['a zero-width space', 'scaling\u200B laws'],
    ['zero-width joiners inside words', 'sca\u200Dling la\u200Cws'],
    ['a word joiner and a BOM', '\uFEFFscaling\u2060 laws'],
  ])('reads text with %s as a reader sees it', (_name, text) => {
    expect(runsOf(`<p>${text}</p>`)).toEqual(['scaling laws']);
  });

  it('maps run offsets around invisible characters back to the page text', () => {
    setBody('<p>scal\u00ADing <em>la\u200Bws</em> hold</p>');
    const [run] = collectRuns(document.body);
    expect(run!.text).toBe('scaling laws hold');
    const range = document.createRange();
    const start = locate(run!, 0, false)!;
    const end = locate(run!, 'scaling laws'.length, true)!;
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('scal\u00ADing la\u200Bws');
    expect(locate(run!, 4, false)).toMatchObject({ offset: 5 });
    expect(locate(run!, 4, true)).toMatchObject({ offset: 4 });
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

  describe('in shadow trees', () => {
    /** Gives `host` an open (or closed) shadow root holding `html` (the test's own markup). */
    const shadow = (host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot => {
      const root = host.attachShadow({ mode });
      const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      root.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
      return root;
    };

    it('reads an open shadow root where its host stands, nested ones too, and reports each root', () => {
      setBody('<p>before</p><div id="host"></div><p>after</p>');
      const outer = shadow(document.getElementById('host')!, '<p>outer</p><div id="inner"></div>');
      const inner = shadow(outer.getElementById('inner')!, '<p>inner</p>');
      const seen: ShadowRoot[] = [];
      const runs = collectRuns(document.body, { onShadowRoot: (r) => seen.push(r) });
      expect(runs.map((r) => r.text.trim())).toEqual(['before', 'outer', 'inner', 'after']);
      expect(seen).toEqual([outer, inner]);
    });

    it('leaves a closed shadow root alone', () => {
      setBody('<div id="host"></div><p>after</p>');
      shadow(document.getElementById('host')!, '<p>scaling laws</p>', 'closed');
      expect(collectRuns(document.body).map((r) => r.text.trim())).toEqual(['after']);
    });

    it.each([
      ['an editable div', '<div contenteditable="true">scaling laws</div>'],
      ['code', '<code>scaling laws</code>'],
      ['aria-hidden text', '<p aria-hidden="true">scaling laws</p>'],
      ['a page-made <hype-lens-ui>', '<hype-lens-ui>scaling laws</hype-lens-ui>'],
    ])('applies the skip rules inside a shadow root: %s', (_name, html) => {
      setBody('<div id="host"></div>');
      shadow(document.getElementById('host')!, `<p>kept</p>${html}`);
      expect(collectRuns(document.body).map((r) => r.text.trim())).toEqual(['kept']);
    });

    it('does not enter the shadow root of a skipped host', () => {
      setBody('<div id="host" aria-hidden="true"></div><p>after</p>');
      shadow(document.getElementById('host')!, '<p>scaling laws</p>');
      expect(collectRuns(document.body).map((r) => r.text.trim())).toEqual(['after']);
    });

    it('reads the shadow root of the walk root itself, and keeps the light text of its block in one run', () => {
      setBody('<p id="p">Scaling <span id="host">x</span> laws</p>');
      shadow(document.getElementById('host')!, '<b>inside</b>');
      const runs = collectRuns(document.getElementById('p')!);
      expect(runs.map((r) => r.text)).toEqual(['inside', 'Scaling x laws']);
      expect(runs.map((r) => r.block?.id)).toEqual(['p', 'p']);
      const hostRuns = collectRuns(document.getElementById('host')!);
      expect(hostRuns.map((r) => r.text)).toEqual(['inside', 'x']);
    });

    it('gives text directly under a shadow root its host as block', () => {
      setBody('<div id="host"></div>');
      const root = shadow(document.getElementById('host')!, '');
      root.append('scaling laws');
      expect(collectRuns(document.body).map((r) => r.block?.id)).toEqual(['host']);
      expect(blockOf(root)?.id).toBe('host');
    });

    it('reports custom elements that are not defined yet', () => {
      setBody('<p>before</p><late-quote id="late"><b>light</b></late-quote>');
      const waiting: Element[] = [];
      collectRuns(document.body, { onUndefined: (el) => waiting.push(el) });
      expect(waiting.map((el) => el.id)).toEqual(['late']);
    });
  });
});
