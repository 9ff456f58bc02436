// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import type { PageSummary } from '../shared/tab-protocol';
import { essayMyths } from './essay-myths';
import { startPopup, type PopupDeps } from './start-popup';

const url = 'https://www.example.com/post';
const summary: PageSummary = {
  url,
  enabled: true,
  matches: [
    { index: 0, text: 'scaling laws', myth: 'scaling-laws', stance: 'assert' },
    { index: 1, text: 'AGI by 2027', myth: 'agi-imminent', stance: 'report' },
    { index: 2, text: 'scaling law', myth: 'scaling-laws', stance: 'assert' },
  ],
};

/** A fake browser and settings store around one stored settings object. */
function fakeDeps(overrides: Partial<PopupDeps> = {}, start: Partial<Settings> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...start };
  const listeners: ((s: Settings) => void)[] = [];
  const deps: PopupDeps = {
    loadSettings: async () => stored,
    updateSettings: vi.fn(async (change: (s: Settings) => Settings) => {
      stored = change(stored);
      for (const l of listeners) l(stored);
      return stored;
    }),
    watchSettings: (onChange) => (listeners.push(onChange), () => undefined),
    findTab: async () => ({ id: 7, url }),
    getSummary: vi.fn(async () => summary),
    applySettings: vi.fn(async () => undefined),
    reveal: vi.fn(async () => true),
    openOptions: vi.fn(),
    afterReveal: vi.fn(),
    uiLocale: 'en-US',
    myths: essayMyths,
    ...overrides,
  };
  return { deps, stored: () => stored };
}

async function open(deps: PopupDeps) {
  const root = document.createElement('main');
  const status = document.createElement('p');
  document.body.replaceChildren(root, status);
  await startPopup(root, status, deps);
  return { root, status };
}

const byId = <T extends HTMLElement>(root: HTMLElement, id: string) =>
  root.querySelector<T>(`#${id}`)!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the popup', () => {
  beforeEach(() => document.body.replaceChildren());

  it("shows the site's switch, the pause and the page's claims as a list of buttons", async () => {
    const { root } = await open(fakeDeps().deps);
    const site = byId<HTMLInputElement>(root, 'site-switch');
    expect(site.getAttribute('role')).toBe('switch');
    expect(site.checked).toBe(true);
    expect(root.querySelector('label[for="site-switch"]')?.textContent).toContain(
      'Highlight on example.com',
    );
    expect(byId<HTMLInputElement>(root, 'pause-switch').checked).toBe(false);
    const buttons = [...root.querySelectorAll('ul.matches > li > button')];
    expect(buttons.map((b) => b.querySelector('.match-phrase')?.textContent)).toEqual([
      '“scaling laws”',
      '“AGI by 2027”',
      '“scaling law”',
    ]);
    expect(buttons[1]?.querySelector('.match-meta')?.textContent).toMatch(/· reported here$/);
  });

  it('counts the claims per myth, most first', async () => {
    const { root } = await open(fakeDeps().deps);
    const counts = [...root.querySelectorAll('.counts li')].map((li) => [
      li.querySelector('.count-myth')?.textContent,
      li.querySelector('.count')?.textContent,
    ]);
    const title = (id: string) => essayMyths.find((m) => m.id === id)!.title.en;
    expect(counts).toEqual([
      [title('scaling-laws'), '2'],
      [title('agi-imminent'), '1'],
    ]);
    expect(root.querySelector('#page-heading')?.textContent).toContain('3 claims');
  });

  it('switches the site off, asks the page to follow, and keeps focus on the switch', async () => {
    const { deps, stored } = fakeDeps();
    const { root } = await open(deps);
    const site = byId<HTMLInputElement>(root, 'site-switch');
    site.focus();
    site.click();
    await settle();
    expect(stored().sitesOff).toEqual(['example.com']);
    expect(deps.applySettings).toHaveBeenCalledWith(7);
    expect(document.activeElement?.id).toBe('site-switch');
    expect(byId<HTMLInputElement>(root, 'site-switch').checked).toBe(false);
  });

  it('pauses everywhere from its own switch', async () => {
    const { deps, stored } = fakeDeps();
    const { root } = await open(deps);
    byId<HTMLInputElement>(root, 'pause-switch').click();
    await settle();
    expect(stored().paused).toBe(true);
  });

  it('reveals a chosen claim in the page and then gets out of the way', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    byId<HTMLButtonElement>(root, 'match-1').click();
    await settle();
    expect(deps.reveal).toHaveBeenCalledWith(7, 1);
    expect(deps.afterReveal).toHaveBeenCalled();
  });

  it('says so when a claim is gone from the page', async () => {
    const { deps } = fakeDeps({ reveal: vi.fn(async () => false) });
    const { root, status } = await open(deps);
    byId<HTMLButtonElement>(root, 'match-0').click();
    await settle();
    expect(status.textContent).toBe('That claim is no longer on the page.');
    expect(deps.afterReveal).not.toHaveBeenCalled();
  });

  it.each([
    ['a browser page', 'chrome://extensions/', 'Hype Lens cannot read this page.', false],
    ['a web page opened before install', url, 'has not read this page yet', true],
  ])('explains %s without a content script', async (_name, tabUrl, words, hasSiteSwitch) => {
    const { deps } = fakeDeps({
      findTab: async () => ({ id: 3, url: tabUrl }),
      getSummary: () => Promise.reject(new Error('Could not establish connection')),
    });
    const { root } = await open(deps);
    expect(root.querySelector('.problem')?.textContent).toContain(words);
    expect(root.querySelector('#site-switch') !== null).toBe(hasSiteSwitch);
    expect(root.querySelector('ul.matches')).toBeNull();
  });

  it('says why nothing is listed when the site is off', async () => {
    const { deps } = fakeDeps(
      { getSummary: async () => ({ ...summary, enabled: false, matches: [] }) },
      {
        sitesOff: ['example.com'],
      },
    );
    const { root } = await open(deps);
    expect(root.querySelector('.note')?.textContent).toBe('Switched off on this site.');
  });

  it('speaks Korean in a Korean browser, and the chosen language over the browser’s', async () => {
    const { root } = await open(fakeDeps({ uiLocale: 'ko' }).deps);
    expect(document.documentElement.lang).toBe('ko');
    expect(root.querySelector('label[for="site-switch"]')?.textContent).toContain(
      'example.com에서 표시',
    );
    expect(root.querySelector('#open-options')?.textContent).toBe('전체 설정');
    const chosen = await open(fakeDeps({ uiLocale: 'ko' }, { language: 'en' }).deps);
    expect(chosen.root.querySelector('#open-options')?.textContent).toBe('All settings');
  });

  it('opens the options from its link', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    byId<HTMLAnchorElement>(root, 'open-options').click();
    expect(deps.openOptions).toHaveBeenCalled();
  });
});
