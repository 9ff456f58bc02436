import { browser } from 'wxt/browser';
import type { Lang } from '../core/packs/pack-schema';
import type { Settings } from '../core/settings/settings';
import { setSiteEnabled, siteRuleFor, siteRulesAllow } from '../core/settings/site-rules';
import { loadSettings, updateSettings } from '../shared/settings-store';
import { backgroundText } from './background-text';

export const SITE_MENU_ID = 'hype-lens-toggle-site';

/** Pages the item appears on: those a site rule can cover. */
const PAGE_PATTERNS = ['http://*/*', 'https://*/*', 'file:///*'];

interface MenuEvent<L extends (...args: never[]) => unknown> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}
type ClickListener = (
  info: { menuItemId: string | number; pageUrl?: string },
  tab?: { url?: string },
) => void;
type ShownListener = (info: { menuIds: (string | number)[]; pageUrl?: string }) => void;

/** The context-menu calls we use: `contextMenus` in Chrome, plus `onShown`/`refresh` in Firefox. */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(properties: {
    id: string;
    title: string;
    contexts: ['page', 'frame', 'selection', 'link', 'image'];
    documentUrlPatterns: string[];
  }): unknown;
  update(id: string, properties: { title: string }): Promise<void>;
  refresh?: () => Promise<void>;
  onClicked: MenuEvent<ClickListener>;
  onShown?: MenuEvent<ShownListener>;
}

export interface SiteMenuDeps {
  menus: MenusApi;
  lang: () => Promise<Lang>;
  /** The best known URL of a tab's page (its top frame's report, else `tab.url`). */
  urlOf: (tabId: number) => Promise<string | undefined>;
}

export interface SiteMenu {
  /** Words the item for the page at `url`: "Turn off…" where the site rules allow Hype Lens, else "Turn on…". */
  showFor(url: string | undefined): Promise<void>;
  /** Words the item for the active tab (after a settings change). */
  showForActiveTab(): Promise<void>;
  dispose(): void;
}

/** The item's title for a page under some settings. */
export function siteMenuTitle(lang: Lang, url: string | undefined, settings: Settings): string {
  if (url === undefined || siteRuleFor(url) === null)
    return backgroundText(lang, 'commandToggleSite');
  return backgroundText(lang, siteRulesAllow(url, settings) ? 'menuTurnOff' : 'menuTurnOn');
}

/** Switches the site of the page at `url` on if it is off, off if it is on. */
export async function toggleSite(url: string): Promise<Settings> {
  return updateSettings((s) => setSiteEnabled(s, url, !siteRulesAllow(url, s)));
}

/**
 * One context-menu item that turns Hype Lens off or on for the page's
 * site. Its title follows the page: Firefox asks just before showing the
 * menu (`onShown` + `refresh`); Chrome cannot, so the title is set when a
 * tab becomes active, when the active tab reports, and when settings change.
 */
export function startSiteMenu(deps: SiteMenuDeps): SiteMenu {
  const { menus } = deps;
  // Chrome keeps menus across worker restarts, Firefox does not: start from none either way.
  const created = (async () => {
    const [lang, settings] = await Promise.all([deps.lang(), loadSettings()]);
    await menus.removeAll();
    menus.create({
      id: SITE_MENU_ID,
      title: siteMenuTitle(lang, undefined, settings),
      contexts: ['page', 'frame', 'selection', 'link', 'image'],
      documentUrlPatterns: PAGE_PATTERNS,
    });
  })().catch((error: unknown) => console.warn('Hype Lens: menu not created', error));

  async function showFor(url: string | undefined): Promise<void> {
    // An update before the item exists would fail or be undone by its creation.
    await created;
    const [lang, settings] = await Promise.all([deps.lang(), loadSettings()]);
    await menus.update(SITE_MENU_ID, { title: siteMenuTitle(lang, url, settings) });
  }

  const onClicked: ClickListener = (info, tab) => {
    const url = info.pageUrl ?? tab?.url;
    if (info.menuItemId !== SITE_MENU_ID || url === undefined) return;
    void toggleSite(url).then(() => showFor(url));
  };
  const onShown: ShownListener = (info) => {
    if (!info.menuIds.includes(SITE_MENU_ID)) return;
    void showFor(info.pageUrl).then(() => menus.refresh?.());
  };
  const onActivated = ({ tabId }: { tabId: number }) => {
    void (async () =>
      showFor((await deps.urlOf(tabId)) ?? (await browser.tabs.get(tabId)).url))().catch(
      (error: unknown) => console.warn('Hype Lens: menu title not updated', error),
    );
  };
  menus.onClicked.addListener(onClicked);
  menus.onShown?.addListener(onShown);
  browser.tabs.onActivated.addListener(onActivated);

  return {
    showFor,
    async showForActiveTab() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const url = tab?.id === undefined ? undefined : await deps.urlOf(tab.id);
      await showFor(url ?? tab?.url);
    },
    dispose() {
      menus.onClicked.removeListener(onClicked);
      menus.onShown?.removeListener(onShown);
      browser.tabs.onActivated.removeListener(onActivated);
    },
  };
}
