// @vitest-environment happy-dom
import { toMatcherSource } from '../core/packs/to-matcher-source';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../core/match/compile-matcher';
import { findHype } from '../core/match/find-hype';
import { cardView } from '../core/packs/card-view';
import { essayPack } from '../core/packs/essay-pack';
import { matchKey } from '../core/settings/match-key';
import type { PageSettings } from '../core/settings/settings';
import type { MatchReport } from '../shared/protocol';
import { setBody } from '../../tests/helpers/set-body';
import { startAnnotator, type Annotator } from './start-annotator';

const matcher = compileMatcher([toMatcherSource(essayPack)]);

const BASE: PageSettings = {
  enabled: true,
  mythsOff: [],
  sensitivity: 'report',
  lang: 'en',
  hoverDelayMs: 400,
  dismissed: [],
};

let controller: AbortController;
let settings: PageSettings;
let reports: MatchReport[];
let dismissed: string[];
let hidden: string[];

function start(): Annotator {
  return startAnnotator({
    doc: document,
    findHype: (text) => findHype(text, matcher),
    getCard: async (myth) => cardView([essayPack], myth, 'en') ?? null,
    getPageSettings: async () => settings,
    report: (r) => reports.push(r),
    dismiss: (_url, key) => dismissed.push(key),
    hideMyth: (myth) => hidden.push(myth),
    signal: controller.signal,
  });
}

const texts = (a: Annotator): string[] => a.summary().matches.map((m) => m.text);

beforeEach(() => {
  controller = new AbortController();
  settings = { ...BASE };
  reports = [];
  dismissed = [];
  hidden = [];
  performance.clearMeasures('hype-lens:scan');
});
afterEach(() => controller.abort());

describe('startAnnotator', () => {
  it('places matches as ranges over the page text, across inline elements, without changing the DOM', async () => {
    setBody('<p>Note: <em>Scaling</em> laws guarantee that models keep getting smarter.</p>');
    const before = document.body.innerHTML;
    const a = start();
    await a.idle();
    expect(a.summary().matches[0]).toMatchObject({ text: 'Scaling laws', myth: 'scaling-laws' });
    expect(document.body.innerHTML).toBe(before);
  });

  it('records the hype-lens:scan measure with the counts per myth, and reports them', async () => {
    setBody('<p>AGI will be here by 2027.</p><p>Nothing else.</p>');
    await start().idle();
    const [measure] = performance.getEntriesByName(
      'hype-lens:scan',
      'measure',
    ) as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ matches: 1, myths: { 'agi-imminent': 1 } });
    expect(reports.at(-1)).toEqual({ enabled: true, count: 1, myths: { 'agi-imminent': 1 } });
  });

  it('keeps rejecting sentences out', async () => {
    setBody('<p>There is little reason to believe AGI will be here by 2027.</p>');
    const a = start();
    await a.idle();
    expect(a.summary().matches).toEqual([]);
  });

  it('scans a page that is switched off only when it is switched on', async () => {
    setBody('<p>AGI will be here by 2027.</p>');
    settings = { ...BASE, enabled: false };
    const a = start();
    await a.idle();
    expect(a.summary()).toMatchObject({ enabled: false, matches: [] });
    expect(reports.at(-1)).toEqual({ enabled: false, count: 0, myths: {} });
    settings = { ...BASE };
    await a.settingsChanged();
    expect(texts(a)).toHaveLength(1);
    settings = { ...BASE, enabled: false };
    await a.settingsChanged();
    expect(texts(a)).toEqual([]);
  });

  it('applies sensitivity, myths turned off and dismissed phrases without rescanning', async () => {
    setBody(
      '<p>Scaling laws guarantee that models keep getting smarter.</p>' +
        '<p>Altman predicted that AGI will arrive by 2027.</p>',
    );
    const a = start();
    await a.idle();
    const all = a.summary().matches;
    expect(all.map((m) => m.stance).sort()).toEqual(['assert', 'report']);
    settings = { ...BASE, sensitivity: 'assert' };
    await a.settingsChanged();
    expect(a.summary().matches.every((m) => m.stance === 'assert')).toBe(true);
    settings = { ...BASE, mythsOff: ['scaling-laws'] };
    await a.settingsChanged();
    expect(a.summary().matches.map((m) => m.myth)).not.toContain('scaling-laws');
    settings = { ...BASE };
    await a.settingsChanged();
    await a.reveal(0);
    document.querySelector('hype-lens-ui')?.shadowRoot?.querySelector('button')?.click();
    // The dismissal comes back from the background with the page's settings and stays in force.
    settings = { ...BASE, dismissed: [...dismissed] };
    await a.settingsChanged();
    expect(texts(a)).toEqual(['AGI']);
  });

  it('follows text that changes, appears and goes away', async () => {
    setBody('<p id="p">Nothing to see.</p>');
    const a = start();
    await a.idle();
    expect(texts(a)).toEqual([]);
    const p = document.getElementById('p');
    if (!p) throw new Error('fixture');
    p.textContent = 'Scaling laws guarantee that models keep getting smarter.';
    await vi.waitFor(() => expect(texts(a)).toEqual(['Scaling laws']));
    const added = document.createElement('div');
    added.append('AGI will be here by 2027.');
    document.body.append(added);
    await vi.waitFor(() => expect(texts(a)).toHaveLength(2));
    p.remove();
    await vi.waitFor(() => expect(texts(a)).toHaveLength(1));
  });

  it('reads open shadow roots, follows changes inside them, and lists their matches in reading order', async () => {
    setBody(
      '<p>AGI will be here by 2027.</p><div id="host"></div><p>Bigger models are always better.</p>',
    );
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inside = document.createElement('p');
    inside.append('Scaling laws guarantee that models keep getting smarter.');
    root.append(inside);
    const a = start();
    await a.idle();
    expect(a.summary().matches.map((m) => m.myth)).toEqual([
      'agi-imminent',
      'scaling-laws',
      'bigger-models',
    ]);
    inside.firstChild!.textContent = 'Nothing to see.';
    await vi.waitFor(() => expect(a.summary().matches).toHaveLength(2));
    const added = document.createElement('p');
    added.append('Scaling laws guarantee that models keep getting smarter.');
    root.append(added);
    await vi.waitFor(() => expect(a.summary().matches).toHaveLength(3));
  });

  it('reads the shadow root a custom element gets when it is defined after the scan', async () => {
    setBody('<p>Plain.</p><late-claim></late-claim>');
    const a = start();
    await a.idle();
    expect(a.summary().matches).toEqual([]);
    customElements.define(
      'late-claim',
      class extends HTMLElement {
        constructor() {
          super();
          const p = document.createElement('p');
          p.append('Scaling laws guarantee that models keep getting smarter.');
          this.attachShadow({ mode: 'open' }).append(p);
        }
      },
    );
    await vi.waitFor(() => expect(texts(a)).toEqual(['Scaling laws']), { timeout: 3000 });
  });

  it('observes the shadow roots it reads with its one observer, and disconnects it on abort', async () => {
    const observed: Node[] = [];
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    observe.mockImplementation(function (this: MutationObserver, target: Node) {
      observed.push(target);
    });
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    try {
      setBody('<div id="host"></div>');
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.append('Scaling laws guarantee that models keep getting smarter.');
      const a = start();
      await a.idle();
      expect(observed).toEqual([document.documentElement, root]);
      const observers = new Set(observe.mock.contexts);
      expect(observers.size).toBe(1);
      controller.abort();
      expect(disconnect.mock.contexts.filter((c) => observers.has(c))).toHaveLength(1);
    } finally {
      observe.mockRestore();
      disconnect.mockRestore();
    }
  });

  it.each([
    ['<pre>Scaling laws guarantee smarter models.</pre>'],
    ['<div contenteditable="true">Scaling laws guarantee smarter models.</div>'],
    ['<textarea>Scaling laws guarantee smarter models.</textarea>'],
  ])('leaves added %s alone', async (html) => {
    setBody('<p>Plain.</p>');
    const a = start();
    await a.idle();
    const holder = document.createElement('section');
    holder.append(new DOMParser().parseFromString(html, 'text/html').body.firstChild as Node);
    document.body.append(holder);
    const marker = document.createElement('p');
    marker.append('AGI will be here by 2027.');
    document.body.append(marker);
    await vi.waitFor(() => expect(texts(a)).toHaveLength(1));
    expect(a.summary().matches[0]?.myth).toBe('agi-imminent');
  });

  it('steps through the highlights in document order and opens each card with focus in it', async () => {
    setBody(
      '<p>AGI will be here by 2027.</p><p>Scaling laws guarantee that models keep getting smarter.</p>',
    );
    const a = start();
    await a.idle();
    expect(await a.nextHighlight()).toBe(true);
    const host = () => document.querySelector('hype-lens-ui');
    const card = () => host()?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    expect(card()?.dataset.myth).toBe('agi-imminent');
    expect(host()?.shadowRoot?.activeElement).toBe(card());
    await a.nextHighlight();
    expect(card()?.dataset.myth).toBe('scaling-laws');
    await a.nextHighlight();
    expect(card()?.dataset.myth).toBe('agi-imminent');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(host()).toBeNull();
  });

  it('"Not hype here" and "Hide this myth" take the match away and tell the background', async () => {
    setBody(
      '<p>AGI will be here by 2027.</p><p>Scaling laws guarantee that models keep getting smarter.</p>',
    );
    const a = start();
    await a.idle();
    const buttons = () => [
      ...(document.querySelector('hype-lens-ui')?.shadowRoot?.querySelectorAll('button') ?? []),
    ];
    await a.reveal(0);
    buttons()[0]?.click();
    expect(dismissed).toEqual([matchKey('agi-imminent', 'AGI will be here by 2027.')]);
    expect(texts(a)).toEqual(['Scaling laws']);
    await a.reveal(0);
    buttons()[1]?.click();
    expect(hidden).toEqual(['scaling-laws']);
    expect(texts(a)).toEqual([]);
  });

  it('keeps the last good settings when the background does not answer', async () => {
    setBody('<p>AGI will be here by 2027.</p>');
    const a = start();
    await a.idle();
    settings = null as unknown as PageSettings;
    await a.settingsChanged();
    expect(texts(a)).toHaveLength(1);
  });

  it('rescans the whole page with a new matcher', async () => {
    setBody('<p>AGI will be here by 2027.</p>');
    let useMatcher = true;
    const a = startAnnotator({
      doc: document,
      findHype: (text) => (useMatcher ? findHype(text, matcher) : []),
      getCard: async () => null,
      getPageSettings: async () => settings,
      report: () => undefined,
      dismiss: () => undefined,
      hideMyth: () => undefined,
      signal: controller.signal,
    });
    await a.idle();
    expect(texts(a)).toHaveLength(1);
    useMatcher = false;
    await a.rescanAll();
    expect(texts(a)).toEqual([]);
  });

  it('leaves nothing running once its signal aborts', async () => {
    setBody('<p>Plain.</p>');
    const a = start();
    await a.idle();
    controller.abort();
    document.body.append('AGI will be here by 2027.');
    await new Promise((r) => setTimeout(r, 120));
    expect(texts(a)).toEqual([]);
  });
});
