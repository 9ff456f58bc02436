import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Lang } from '../core/packs/pack-schema';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { fakeEvent } from './fake-event';
import { SITE_MENU_ID, startSiteMenu, type MenusApi, type SiteMenu } from './site-menu';

const TURN_OFF = 'Turn off Hype Lens on this site';
const TURN_ON = 'Turn on Hype Lens on this site';

function fakeMenus(firefox: boolean) {
  const titles = new Map<string, string>();
  const menus = {
    removeAll: vi.fn(async () => titles.clear()),
    create: vi.fn((p: { id: string; title: string }) => titles.set(p.id, p.title)),
    update: vi.fn(async (id: string, p: { title: string }) => void titles.set(id, p.title)),
    onClicked: fakeEvent<Parameters<Parameters<MenusApi['onClicked']['addListener']>[0]>>(),
    ...(firefox
      ? {
          refresh: vi.fn(async () => undefined),
          onShown:
            fakeEvent<Parameters<Parameters<NonNullable<MenusApi['onShown']>['addListener']>[0]>>(),
        }
      : {}),
  };
  return { menus, title: () => titles.get(SITE_MENU_ID) };
}

describe('site menu', () => {
  let menu: SiteMenu | undefined;
  let lang: Lang = 'en';
  const urls = new Map<number, string>();
  const start = (firefox: boolean) => {
    const fake = fakeMenus(firefox);
    menu = startSiteMenu({
      menus: fake.menus,
      lang: async () => lang,
      urlOf: async (id) => urls.get(id),
    });
    return fake;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    lang = 'en';
    urls.clear();
  });
  afterEach(() => menu?.dispose());

  it('creates one item, for web pages and files, after removing any left from before', async () => {
    const { menus, title } = start(false);
    await expect.poll(title).toBe('Turn Hype Lens on or off for this site');
    expect(menus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(
      menus.create.mock.invocationCallOrder[0]!,
    );
    expect(menus.create).toHaveBeenCalledWith(
      expect.objectContaining({ documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] }),
    );
  });

  it('turns the site off when clicked, then on again', async () => {
    const { menus, title } = start(false);
    await expect.poll(title).toBeDefined();
    menus.onClicked.fire({ menuItemId: SITE_MENU_ID, pageUrl: 'https://www.example.com/a' });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual(['example.com']);
    await expect.poll(title).toBe(TURN_ON);
    menus.onClicked.fire({ menuItemId: SITE_MENU_ID, pageUrl: 'https://www.example.com/b' });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual([]);
    await expect.poll(title).toBe(TURN_OFF);
  });

  it('turns the site on and off in "only on" mode too', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'only' });
    const { menus } = start(false);
    menus.onClicked.fire({ menuItemId: SITE_MENU_ID, pageUrl: 'https://news.example.org/' });
    await expect.poll(async () => (await loadSettings()).sitesOn).toEqual(['news.example.org']);
  });

  it('ignores clicks on other items', async () => {
    const { menus } = start(false);
    menus.onClicked.fire({ menuItemId: 'other', pageUrl: 'https://example.com/' });
    await menu?.showFor('https://example.com/');
    expect((await loadSettings()).sitesOff).toEqual([]);
  });

  it('words the item just before Firefox shows it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sitesOff: ['example.com'] });
    const { menus, title } = start(true);
    menus.onShown?.fire({ menuIds: [SITE_MENU_ID], pageUrl: 'https://example.com/' });
    await expect.poll(title).toBe(TURN_ON);
    await expect.poll(() => menus.refresh?.mock.calls.length).toBe(1);
  });

  it('words the item for the tab that becomes active, in Chrome', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sitesOff: ['example.com'] });
    const { title } = start(false);
    urls.set(9, 'https://example.com/');
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 0 });
    await expect.poll(title).toBe(TURN_ON);
    urls.set(10, 'https://example.org/');
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 10, windowId: 0 });
    await expect.poll(title).toBe(TURN_OFF);
  });

  it('says it in Korean when the user chose Korean', async () => {
    lang = 'ko';
    const { title } = start(false);
    await menu?.showFor('https://example.com/');
    expect(title()).toBe('이 사이트에서 Hype Lens 끄기');
  });

  it('stops listening when disposed', () => {
    const { menus } = start(true);
    menu?.dispose();
    expect(menus.onClicked.listenerCount()).toBe(0);
    expect(menus.onShown?.listenerCount()).toBe(0);
  });
});
