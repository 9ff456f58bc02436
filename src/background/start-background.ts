import { browser } from 'wxt/browser';
import type { Pack } from '../core/packs/pack-schema';
import { loadSettings, migrateStoredSettings } from '../shared/settings-store';
import { actionApi, type ActionApi } from './action-api';
import { createBadge, createBadgeStore, type BadgeStore } from './badge';
import { broadcastChanges } from './broadcast';
import { listenForCommands, type CommandDeps } from './commands';
import { createHandlers } from './handlers';
import { listenForMessages } from './listen-for-messages';
import { startSiteMenu, type MenusApi } from './site-menu';
import { userLang } from './user-lang';
import { startPackAlarm } from './pack-alarm';
import { updateDuePack, updateSubscription, type UpdaterDeps } from './pack-updater';
import { broadcastPacksChanged, watchPacksInForce } from './packs-in-force';

/** The browser surfaces the background drives; tests pass fakes for those the fake browser lacks. */
export interface BackgroundDeps {
  /** The bundled packs; subscriptions and the user's own rules are read from storage. */
  packs: () => readonly Pack[];
  /** Fetches subscribed packs (tests pass a fake). */
  fetch?: typeof fetch;
  uiLocale: () => string;
  action?: ActionApi;
  menus?: MenusApi;
  onCommand?: CommandDeps['onCommand'];
  badgeStore?: BadgeStore;
}

/**
 * Starts everything the background does, registering every listener
 * synchronously (an MV3 worker woken by an event must find its listener
 * at once). Returns the function that stops it all.
 */
export function startBackground(deps: BackgroundDeps): () => void {
  const lang = () => userLang(deps.uiLocale);
  const badge = createBadge({
    action: deps.action ?? actionApi(),
    // Firefox before 115 has no storage.session; its MV2 background page lives on anyway.
    store: deps.badgeStore ?? createBadgeStore(browser.storage.session ?? undefined),
    lang,
    paused: async () => (await loadSettings()).paused,
  });
  const menu = startSiteMenu({
    // Chrome's and Firefox's typings differ in detail; both take the calls MenusApi names.
    menus: deps.menus ?? (browser.contextMenus as unknown as MenusApi),
    lang,
    urlOf: badge.urlOf,
  });
  const packsInForce = watchPacksInForce(deps.packs, () => void broadcastPacksChanged());
  const updater: UpdaterDeps = {
    bundled: deps.packs,
    now: () => Date.now(),
    fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
    online: () => globalThis.navigator?.onLine ?? true,
  };
  const handlers = createHandlers({
    packs: deps.packs,
    merged: () => packsInForce.merged(),
    refreshPack: (url) => updateSubscription(url, updater),
    uiLocale: deps.uiLocale,
    async onReport(report, origin) {
      await badge.report(origin.tabId, origin.frameId, report, origin.url);
      if (origin.frameId === 0 && origin.active) await menu.showFor(origin.url);
    },
  });
  const onInstalled = () => void migrateStoredSettings();
  browser.runtime.onInstalled.addListener(onInstalled);
  const stops = [
    listenForMessages(handlers),
    badge.listen(),
    listenForCommands({
      onCommand: deps.onCommand ?? browser.commands.onCommand,
      urlOf: badge.urlOf,
    }),
    broadcastChanges(() => void menu.showForActiveTab().catch(() => undefined)),
    () => menu.dispose(),
    startPackAlarm(() => updateDuePack(updater)),
    () => packsInForce.stop(),
    () => browser.runtime.onInstalled.removeListener(onInstalled),
  ];
  return () => stops.forEach((stop) => stop());
}
