// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { essayPack } from '../core/packs/essay-pack';
import type { Pack } from '../core/packs/pack-schema';
import type { Subscription } from '../core/packs/subscription';
import { tinyPack } from '../core/packs/tiny-pack.fixture';
import type { PackCopy } from '../shared/pack-store';
import { startPacksPanel, type PacksDeps } from './start-packs-panel';

const URL_A = 'https://packs.example/a.json';

/** An in-memory pack store; `refreshPack` stores `served` (a pack) or an error for the URL. */
function fakeDeps(served: Pack | 'fail' = tinyPack()) {
  let subs: Subscription[] = [];
  const copies = new Map<string, PackCopy>();
  let own: Pack | undefined;
  let off: string[] = [];
  const listeners: Array<() => void> = [];
  const changed = () => listeners.forEach((l) => l());
  const deps: PacksDeps = {
    bundled: async () => [essayPack],
    loadSubscriptions: async () => subs,
    loadCopies: async (urls) => new Map([...copies].filter(([url]) => urls.includes(url))),
    updateSubscriptions: vi.fn(async (change) => ((subs = change(subs)), changed())),
    removeSubscription: vi.fn(async (url) => {
      subs = subs.filter((s) => s.url !== url);
      changed();
    }),
    loadBundledOff: async () => off,
    setBundledEnabled: vi.fn(async (id, enabled) => {
      off = enabled ? off.filter((x) => x !== id) : [...off, id];
      changed();
    }),
    loadOwnPack: async () => own,
    saveOwnPack: vi.fn(async (pack) => ((own = pack), changed())),
    refreshPack: vi.fn(async (url: string) => {
      subs = subs.map((s) =>
        s.url !== url
          ? s
          : served === 'fail'
            ? {
                ...s,
                lastChecked: 1,
                failures: 1,
                lastError: { code: 'http', params: { status: 500 } },
              }
            : { ...s, lastChecked: 1, lastSuccess: 1 },
      );
      if (served !== 'fail') copies.set(url, { pack: served, savedAt: Date.UTC(2026, 0, 2) });
      changed();
    }),
    watchPacks: (onChange) => (listeners.push(onChange), () => undefined),
    download: vi.fn(),
    now: () => Date.UTC(2026, 0, 2),
  };
  return { deps, own: () => own };
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function open(deps: PacksDeps) {
  const said: string[] = [];
  const panel = await startPacksPanel(document, deps, (text) => said.push(text));
  document.body.replaceChildren(panel.element);
  return { root: panel.element, said };
}

const q = <T extends Element>(root: Element, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

async function subscribe(root: HTMLElement, url: string) {
  q<HTMLInputElement>(root, '#pack-url').value = url;
  q<HTMLFormElement>(root, '#pack-add').dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

describe('the rule-pack sections of the options page', () => {
  beforeEach(() => document.body.replaceChildren());

  it('list the bundled pack, which can be switched off but not removed', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    const row = q<HTMLElement>(root, 'li[data-pack="essay"]');
    expect(row.textContent).toContain('version 1.0.0 · 8 myths · Built in · works offline');
    expect(row.querySelector('button')).toBeNull();
    q<HTMLInputElement>(row, 'input').click();
    expect(deps.setBundledEnabled).toHaveBeenCalledWith('essay', false);
  });

  it('subscribe to an address, fetch it at once and show the pack', async () => {
    const { deps } = fakeDeps();
    const { root, said } = await open(deps);
    await subscribe(root, URL_A);
    expect(deps.refreshPack).toHaveBeenCalledWith(URL_A);
    const row = q<HTMLElement>(root, `li[data-url="${URL_A}"]`);
    expect(q(row, '.pack-name').textContent).toBe('Tiny pack');
    expect(q(row, '.pack-status').textContent).toMatch(/^Up to date\. Updated /);
    expect(said[0]).toBe(`Subscribed to ${URL_A}. Fetching it now…`);
  });

  it('tell the page about the myths a new pack brings, so they can be switched off and on', async () => {
    const { deps } = fakeDeps();
    const seen: string[][] = [];
    const panel = await startPacksPanel(
      document,
      deps,
      () => undefined,
      (myths) => seen.push(myths.map((m) => m.id)),
    );
    document.body.replaceChildren(panel.element);
    await subscribe(panel.element, URL_A);
    expect(seen.at(-1)).toEqual([...essayPack.myths.map((m) => m.id), 'robot-uprising']);
  });

  it.each([
    [
      'http://packs.example/a.json',
      'Only https:// addresses are allowed (http:// only for this computer).',
    ],
    ['packs', 'That is not a web address.'],
  ])('refuse %s in plain words without fetching', async (url, words) => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    await subscribe(root, url);
    expect(q(root, '#pack-add-error').textContent).toBe(words);
    expect(deps.refreshPack).not.toHaveBeenCalled();
  });

  it('refuse the same address twice', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    await subscribe(root, URL_A);
    await subscribe(root, URL_A);
    expect(q(root, '#pack-add-error').textContent).toBe(
      'You are already subscribed to that address.',
    );
  });

  it('say why a pack failed and that nothing of it is in use yet', async () => {
    const { deps } = fakeDeps('fail');
    const { root } = await open(deps);
    await subscribe(root, URL_A);
    expect(q(root, '.pack-status.problem').textContent).toBe(
      'The server answered with error 500. Nothing from this pack is in use yet.',
    );
  });

  it('show which card a myth shows when two packs bring one', async () => {
    const extending = tinyPack();
    const myth = extending.myths[0];
    if (!myth) throw new Error('no myth');
    extending.myths = [{ ...myth, id: 'scaling-laws' }];
    const { deps } = fakeDeps(extending);
    const { root } = await open(deps);
    await subscribe(root, URL_A);
    expect(q(root, '#card-choices li[data-myth="scaling-laws"]').textContent).toBe(
      'Scaling laws mean models predictably get better: card from AI scaling myths (the essay); not shown: Tiny pack',
    );
  });

  it('preview an own rule live and save it as a checked pack', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { deps, own } = fakeDeps();
      const { root, said } = await open(deps);
      q<HTMLInputElement>(root, '#own-pattern').value = 'compute is (destiny|fate)';
      q<HTMLSelectElement>(root, '#own-myth').value = 'scaling-laws';
      const examples = q<HTMLTextAreaElement>(root, '#own-examples');
      examples.value = 'Compute is destiny for AI labs.\nThe weather is fine.';
      examples.dispatchEvent(new Event('input'));
      vi.advanceTimersByTime(200);
      expect([...root.querySelectorAll('#own-preview li')].map((li) => li.className)).toEqual([
        'found',
        'not-found',
      ]);
      expect(q(root, '#own-preview .found .verdict').textContent).toBe(
        'Found “Compute is destiny”: claimed here.',
      );
      q<HTMLFormElement>(root, '#own-form').dispatchEvent(
        new Event('submit', { cancelable: true }),
      );
      vi.useRealTimers();
      await settle();
      expect(own()?.myths[0]?.patterns.en).toEqual([{ match: 'compute is (destiny|fate)' }]);
      expect(own()?.myths[0]?.examples.en?.match).toEqual([
        { text: 'Compute is destiny for AI labs.', stance: 'assert' },
      ]);
      expect(said).toContain('Rule saved. Open pages use it now.');
      expect(q(root, '#own-rules').textContent).toContain('compute is (destiny|fate)');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuse an own rule whose pattern does not compile, saying why', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    q<HTMLInputElement>(root, '#own-pattern').value = '(compute|data';
    q<HTMLTextAreaElement>(root, '#own-examples').value = 'Compute is destiny.';
    q<HTMLFormElement>(root, '#own-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(q(root, '#own-problem').textContent).toBe('The pattern does not work: unbalanced (');
    expect(deps.saveOwnPack).not.toHaveBeenCalled();
  });
});
