import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Lang } from '../core/packs/pack-schema';
import type { ActionApi } from './action-api';
import {
  badgeLabel,
  createBadge,
  createBadgeStore,
  OFF_ICONS,
  ON_ICONS,
  type BadgeStore,
} from './badge';

const on = (count: number) => ({ enabled: true, count, myths: {} });
const off = { enabled: false, count: 0, myths: {} };

function setup(store: BadgeStore, options: { lang?: Lang; paused?: boolean } = {}) {
  const setIcon = vi.fn(async () => undefined);
  const action = { ...fakeBrowser.action, setIcon } as unknown as ActionApi;
  const badge = createBadge({
    action,
    store,
    lang: async () => options.lang ?? 'en',
    paused: async () => options.paused ?? false,
  });
  const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });
  return { badge, setIcon, text, title };
}

const stores: [string, () => BadgeStore][] = [
  ['storage.session', () => createBadgeStore(fakeBrowser.storage.session)],
  ['memory', () => createBadgeStore(undefined)],
];

describe.each(stores)('badge kept in %s', (_name, makeStore) => {
  beforeEach(() => fakeBrowser.reset());

  it('sums the counts of all frames of a tab, each frame replacing its last count', async () => {
    const { badge, text, title } = setup(makeStore());
    await badge.report(5, 0, on(3));
    await badge.report(5, 7, on(4));
    expect(await text(5)).toBe('7');
    expect(await title(5)).toBe('Hype Lens: 7 highlighted on this page');
    await badge.report(5, 7, on(1));
    expect(await text(5)).toBe('4');
  });

  it('keeps tabs apart', async () => {
    const { badge, text } = setup(makeStore());
    await badge.report(1, 0, on(2));
    await badge.report(2, 0, on(9));
    expect([await text(1), await text(2)]).toEqual(['2', '9']);
  });

  it('counts reports from frames that arrive together', async () => {
    const { badge, text } = setup(makeStore());
    await Promise.all([1, 2, 3, 4].map((frame) => badge.report(8, frame, on(1))));
    expect(await text(8)).toBe('4');
  });

  it('shows the grey icon and an "off" title when the top frame is switched off, and back', async () => {
    const { badge, setIcon, text, title } = setup(makeStore());
    await badge.report(3, 0, on(2));
    expect(setIcon).not.toHaveBeenCalled();
    await badge.report(3, 0, off);
    expect(await text(3)).toBe('');
    expect(await title(3)).toBe('Hype Lens is off on this site');
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 3, path: OFF_ICONS });
    await badge.report(3, 0, on(1));
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 3, path: ON_ICONS });
    expect(await text(3)).toBe('1');
  });

  it('counts nothing from a sub-frame whose site is off, without greying the tab', async () => {
    const { badge, setIcon, text } = setup(makeStore());
    await badge.report(3, 0, on(2));
    await badge.report(3, 4, { enabled: false, count: 5, myths: {} });
    expect(await text(3)).toBe('2');
    expect(setIcon).not.toHaveBeenCalled();
  });

  it.each([
    ['ko', false, '이 사이트에서는 Hype Lens가 꺼져 있습니다'],
    ['en', true, 'Hype Lens is paused everywhere'],
    ['ko', true, 'Hype Lens가 모든 사이트에서 일시 중지되어 있습니다'],
  ] as const)('words the off title in %s (paused: %s)', async (lang, paused, expected) => {
    const { badge, title } = setup(makeStore(), { lang, paused });
    await badge.report(3, 0, off);
    expect(await title(3)).toBe(expected);
  });

  it('clears the tab when it starts loading a new page, and forgets closed tabs', async () => {
    const store = makeStore();
    const { badge, setIcon, text } = setup(store);
    const stop = badge.listen();
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.com/' });
    const tabId = tab.id ?? -1;
    await badge.report(tabId, 0, off);
    await badge.report(tabId, 2, on(4));
    await fakeBrowser.tabs.update(tabId, { url: 'https://b.com/' });
    expect(await store.get(tabId)).toBeDefined();
    fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, tab);
    await expect.poll(() => store.get(tabId)).toBeUndefined();
    expect(await text(tabId)).toBe('');
    expect(setIcon).toHaveBeenLastCalledWith({ tabId, path: ON_ICONS });
    await badge.report(tabId, 0, on(1));
    expect(await text(tabId)).toBe('1');
    // The fake's tabs.remove cannot find the window; fire the event as the browser would.
    fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await expect.poll(() => store.get(tabId)).toBeUndefined();
    stop();
  });

  it('remembers the URL the top frame reported from', async () => {
    const { badge } = setup(makeStore());
    await badge.report(4, 3, on(1), 'https://frame.example/');
    await badge.report(4, 0, on(1), 'https://page.example/');
    expect(await badge.urlOf(4)).toBe('https://page.example/');
  });
});

describe('badge across a worker restart', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps counting from storage.session after the worker was stopped', async () => {
    await setup(createBadgeStore(fakeBrowser.storage.session)).badge.report(6, 0, on(2));
    const { badge, text } = setup(createBadgeStore(fakeBrowser.storage.session));
    await badge.report(6, 1, on(3));
    expect(await text(6)).toBe('5');
  });
});

describe('badgeLabel', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '999+'],
  ])('shows %i as %j', (count, label) => {
    expect(badgeLabel(count)).toBe(label);
  });
});
