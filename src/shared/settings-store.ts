import { browser } from 'wxt/browser';
import {
  parseDismissed,
  withDismissed,
  type DismissedPages,
} from '../core/settings/dismissed-pages';
import { parseSettings } from '../core/settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { settingsFileText } from '../core/settings/settings-file';
import { migrateSettings, SETTINGS_VERSION, toStored } from '../core/settings/settings-migrations';

/** The settings item, in `storage.sync` or (when that fails) in `storage.local`. */
export const SETTINGS_KEY = 'settings';
/** In `storage.local`: 'local' once a sync write failed, so reads look there first. */
export const SETTINGS_HOME_KEY = 'settingsHome';
/** In `storage.local` only: dismissed matches are per device and may grow past sync quotas. */
export const DISMISSED_KEY = 'dismissed';

/** Chrome's per-item sync quota; Firefox's is the same. */
const SYNC_ITEM_BYTES = 8192;

type Home = 'sync' | 'local';

/** Updates within one page or worker run one after another, so none is lost. */
let queue: Promise<unknown> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readStored(): Promise<{ raw: unknown; home: Home }> {
  const local = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_HOME_KEY]);
  if (local[SETTINGS_HOME_KEY] === 'local') return { raw: local[SETTINGS_KEY], home: 'local' };
  try {
    const sync = await browser.storage.sync.get(SETTINGS_KEY);
    if (sync[SETTINGS_KEY] !== undefined) return { raw: sync[SETTINGS_KEY], home: 'sync' };
  } catch {
    // Sync switched off or unavailable (e.g. a temporary add-on): the local copy is all there is.
  }
  return { raw: local[SETTINGS_KEY], home: 'sync' };
}

/**
 * The user's settings: from `storage.sync`, or from `storage.local` where
 * they live when sync failed; older shapes are migrated in memory, and a
 * corrupted field takes its default while the others are kept. Never throws.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    return migrateSettings((await readStored()).raw).settings;
  } catch (error) {
    console.warn('Hype Lens: settings could not be read; using defaults', error);
    return parseSettings(undefined);
  }
}

function fitsSyncItem(value: unknown): boolean {
  const bytes = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(value)).length;
  return bytes <= SYNC_ITEM_BYTES;
}

async function write(next: Settings): Promise<void> {
  const item = toStored(parseSettings(next));
  const { [SETTINGS_HOME_KEY]: home } = await browser.storage.local.get(SETTINGS_HOME_KEY);
  try {
    if (!fitsSyncItem(item)) throw new Error('settings exceed the sync item quota');
    await browser.storage.sync.set({ [SETTINGS_KEY]: item });
  } catch (error) {
    // Quota exceeded, sync disabled or rate-limited: keep the settings on this device instead.
    console.warn('Hype Lens: settings kept in local storage', error);
    await browser.storage.local.set({ [SETTINGS_KEY]: item, [SETTINGS_HOME_KEY]: 'local' });
    return;
  }
  if (home === 'local') {
    await browser.storage.local.set({ [SETTINGS_HOME_KEY]: 'sync' });
    await browser.storage.local.remove(SETTINGS_KEY);
  }
}

/**
 * Stores the settings in one write: to `storage.sync`, or to
 * `storage.local` when sync refuses them (too large, switched off), which
 * is then remembered as their home until a sync write succeeds again.
 */
export function saveSettings(next: Settings): Promise<void> {
  return queued(() => write(next));
}

/** Reads, changes and writes the settings as one step; returns what was stored. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return queued(async () => {
    const next = parseSettings(change(await loadSettings()));
    await write(next);
    return next;
  });
}

/**
 * Calls `onChange` with the new settings whenever they change, here or in
 * another page, worker or device. Returns the function that stops it.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let last = '';
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' && area !== 'local') return;
    if (!(SETTINGS_KEY in changes) && !(SETTINGS_HOME_KEY in changes)) return;
    void loadSettings().then((settings) => {
      // Moving the settings between areas fires several events for one change.
      const seen = JSON.stringify(settings);
      if (seen === last) return;
      last = seen;
      onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Back to the defaults (the dismissed matches are reset separately). */
export function resetSettings(): Promise<void> {
  return saveSettings({ ...DEFAULT_SETTINGS });
}

/** The text of a settings file with everything the user set, for the options page to save. */
export async function exportSettingsFile(): Promise<string> {
  return settingsFileText(await loadSettings(), new Date());
}

/** Applies settings planned by `planImport` in a single write: all of them or, on failure, none. */
export function applyImport(next: Settings): Promise<void> {
  return saveSettings(next);
}

/**
 * Writes stored settings of an older shape back in the current one. The
 * background calls it on install and update; settings written by a newer
 * build (on another device) are left alone.
 */
export async function migrateStoredSettings(): Promise<void> {
  await queued(async () => {
    const { raw } = await readStored();
    if (raw === undefined) return;
    const { settings, fromVersion } = migrateSettings(raw);
    if (fromVersion > SETTINGS_VERSION) return;
    if (JSON.stringify(toStored(settings)) === JSON.stringify(raw)) return;
    await write(settings);
  });
}

/** Dismissed matches, page key → match keys; corrupted entries are dropped. Never throws. */
export async function loadDismissed(): Promise<DismissedPages> {
  try {
    const { [DISMISSED_KEY]: raw } = await browser.storage.local.get(DISMISSED_KEY);
    return parseDismissed(raw);
  } catch (error) {
    console.warn('Hype Lens: dismissed matches could not be read', error);
    return {};
  }
}

/** Remembers that the match `key` is not hype on the page at `url` (500 pages at most, oldest dropped). */
export function addDismissed(url: string, key: string): Promise<void> {
  return queued(async () => {
    const next = withDismissed(await loadDismissed(), url, key);
    await browser.storage.local.set({ [DISMISSED_KEY]: next });
  });
}

/** Forgets every dismissed match. */
export function clearDismissed(): Promise<void> {
  return queued(() => browser.storage.local.remove(DISMISSED_KEY));
}
