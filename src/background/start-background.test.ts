import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { loadSettings } from '../shared/settings-store';
import type { ActionApi } from './action-api';
import { createBadgeStore } from './badge';
import { fakeEvent } from './fake-event';
import { SITE_MENU_ID, type MenusApi } from './site-menu';
import { startBackground } from './start-background';

describe('the background, wired', () => {
  const titles = new Map<string, string>();
  const menus = {
    removeAll: async () => titles.clear(),
    create: (p: { id: string; title: string }) => titles.set(p.id, p.title),
    update: async (id: string, p: { title: string }) => void titles.set(id, p.title),
    onClicked: fakeEvent<Parameters<Parameters<MenusApi['onClicked']['addListener']>[0]>>(),
  };
  const onCommand = fakeEvent<[string, { id?: number }?]>();
  let stop: () => void = () => undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(null);
    stop = startBackground({
      packs: () => [essayPack],
      uiLocale: () => 'en-US',
      action: { ...fakeBrowser.action, setIcon: async () => undefined } as unknown as ActionApi,
      menus,
      onCommand,
      badgeStore: createBadgeStore(fakeBrowser.storage.session),
    });
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  const report = (count: number, frameId: number) =>
    fakeBrowser.runtime.onMessage.trigger(
      { hypeLens: 1, type: 'reportMatches', data: { enabled: true, count, myths: {} } },
      { tab: { id: 12, active: true } as never, frameId, url: 'https://example.com/' },
    );

  it('badges the tab with the sum of its frames’ reports and words the menu for it', async () => {
    await report(2, 0);
    await report(3, 1);
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: 12 })).toBe('5');
    await expect.poll(() => titles.get(SITE_MENU_ID)).toBe('Turn off Hype Lens on this site');
  });

  it('toggles the reporting tab’s site from the keyboard and rewords the menu', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('no script'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12, active: true }] as never);
    await report(1, 0);
    onCommand.fire('toggle-site', { id: 12 });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual(['example.com']);
    await expect.poll(() => titles.get(SITE_MENU_ID)).toBe('Turn on Hype Lens on this site');
  });

  it('stops every listener it started', async () => {
    stop();
    // trigger() answers with one result per listener: none left.
    expect(await fakeBrowser.runtime.onMessage.trigger({}, {})).toHaveLength(0);
    expect(await fakeBrowser.storage.onChanged.trigger({}, 'local')).toHaveLength(0);
    expect(await fakeBrowser.tabs.onUpdated.trigger(1, {}, {} as never)).toHaveLength(0);
    expect(await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 0 })).toHaveLength(0);
    expect(await fakeBrowser.runtime.onInstalled.trigger({} as never)).toHaveLength(0);
    expect(onCommand.listenerCount()).toBe(0);
  });
});
