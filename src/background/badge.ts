import { browser } from 'wxt/browser';
import type { Lang } from '../core/packs/pack-schema';
import type { MatchReport } from '../shared/protocol';
import type { ActionApi } from './action-api';
import { backgroundText } from './background-text';

/** What the badge knows about one tab: counts per frame, whether the top frame is off, its URL. */
export interface TabBadge {
  frames: Record<string, number>;
  off: boolean;
  url?: string;
}

/** Where tab states live: `storage.session` outlives a stopped MV3 worker; memory does otherwise. */
export interface BadgeStore {
  get(tabId: number): Promise<TabBadge | undefined>;
  set(tabId: number, state: TabBadge): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const ICON_SIZES = ['16', '32', '48', '128'];
const iconPaths = (dir: string) =>
  Object.fromEntries(ICON_SIZES.map((size) => [size, `/${dir}/${size}.png`]));
export const ON_ICONS = iconPaths('icon');
export const OFF_ICONS = iconPaths('icon-off');
const BADGE_COLOR = '#9A3412';

/** The badge text for a count: empty for none, capped so it fits the button. */
export function badgeLabel(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The `storage.session` calls the store uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A badge store in `storage.session` when the browser has it, else in memory. */
export function createBadgeStore(session: SessionArea | undefined): BadgeStore {
  if (session === undefined) {
    const memory = new Map<number, TabBadge>();
    return {
      get: async (tabId) => memory.get(tabId),
      set: async (tabId, state) => void memory.set(tabId, state),
      remove: async (tabId) => void memory.delete(tabId),
    };
  }
  const key = (tabId: number) => `badge:${tabId}`;
  return {
    get: async (tabId) => (await session.get(key(tabId)))[key(tabId)] as TabBadge | undefined,
    set: (tabId, state) => session.set({ [key(tabId)]: state }),
    remove: (tabId) => session.remove(key(tabId)),
  };
}

export interface BadgeDeps {
  action: ActionApi;
  store: BadgeStore;
  /** The user's language, for the button's title. */
  lang: () => Promise<Lang>;
  /** Is the global pause on? It words the "off" title. */
  paused: () => Promise<boolean>;
}

export interface Badge {
  /** A frame's report: its count replaces the frame's last; the top frame also says whether the site is off. */
  report(tabId: number, frameId: number, report: MatchReport, url?: string): Promise<void>;
  /** Forgets the tab's counts and shows an empty, coloured button (a new page is loading). */
  clear(tabId: number): Promise<void>;
  /** The last URL the tab's top frame reported from. */
  urlOf(tabId: number): Promise<string | undefined>;
  /** Clears on navigation and forgets closed tabs; returns the function that stops listening. */
  listen(): () => void;
}

/**
 * The toolbar badge: the number of highlighted matches in each tab, summed
 * over its frames, and a grey icon with an "off" title when the top
 * frame's site is switched off. Updates run one at a time, so reports from
 * several frames never overwrite each other.
 */
export function createBadge(deps: BadgeDeps): Badge {
  let queue: Promise<unknown> = Promise.resolve();
  const queued = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(task);
    queue = run.catch((error: unknown) => console.warn('Hype Lens: badge update failed', error));
    return run;
  };

  async function paint(tabId: number, state: TabBadge, iconChanged: boolean): Promise<void> {
    const total = Object.values(state.frames).reduce((sum, n) => sum + n, 0);
    const lang = await deps.lang();
    const title = state.off
      ? backgroundText(lang, (await deps.paused()) ? 'actionTitlePaused' : 'actionTitleOff')
      : total > 0
        ? backgroundText(lang, 'actionTitleCount', total)
        : backgroundText(lang, 'extName');
    await deps.action.setBadgeText({ tabId, text: state.off ? '' : badgeLabel(total) });
    if (total > 0) await deps.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await deps.action.setTitle({ tabId, title });
    if (iconChanged) await deps.action.setIcon({ tabId, path: state.off ? OFF_ICONS : ON_ICONS });
  }

  const badge: Badge = {
    report: (tabId, frameId, report, url) =>
      queued(async () => {
        const before = await deps.store.get(tabId);
        const count = Number.isFinite(report.count) ? Math.max(0, Math.floor(report.count)) : 0;
        // A fresh object: the memory store hands out the stored one, and `before` must stay as it was.
        const state: TabBadge = {
          ...before,
          frames: { ...before?.frames, [String(frameId)]: report.enabled ? count : 0 },
          off: before?.off ?? false,
        };
        if (frameId === 0) {
          state.off = !report.enabled;
          if (url !== undefined) state.url = url;
        }
        await deps.store.set(tabId, state);
        await paint(tabId, state, (before?.off ?? false) !== state.off);
      }),
    clear: (tabId) =>
      queued(async () => {
        const before = await deps.store.get(tabId);
        await deps.store.remove(tabId);
        if (before === undefined) return;
        await paint(tabId, { frames: {}, off: false }, before.off);
      }),
    urlOf: async (tabId) => (await deps.store.get(tabId))?.url,
    listen() {
      const onUpdated = (tabId: number, change: { status?: string }) => {
        if (change.status === 'loading') void badge.clear(tabId);
      };
      const onRemoved = (tabId: number) => void queued(() => deps.store.remove(tabId));
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      return () => {
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
      };
    },
  };
  return badge;
}
