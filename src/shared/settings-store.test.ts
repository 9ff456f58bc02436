import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_DISMISSED_PAGES } from '../core/settings/dismissed-pages';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { planImport } from '../core/settings/settings-file';
import { SETTINGS_VERSION } from '../core/settings/settings-migrations';
import {
  addDismissed,
  applyImport,
  clearDismissed,
  exportSettingsFile,
  loadDismissed,
  loadSettings,
  migrateStoredSettings,
  resetSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from './settings-store';

const mine: Settings = { ...DEFAULT_SETTINGS, sitesOff: ['example.com'], language: 'ko' };
const storedSync = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
const storedLocal = async () => fakeBrowser.storage.local.get(['settings', 'settingsHome']);

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes versioned settings to sync and reads them back', async () => {
    await saveSettings(mine);
    expect(await storedSync()).toEqual({ version: SETTINGS_VERSION, ...mine });
    expect(await loadSettings()).toEqual(mine);
  });

  it('keeps the other fields when one stored field is corrupted', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: SETTINGS_VERSION, ...mine, siteMode: 17, hoverDelayMs: 'slow' },
    });
    expect(await loadSettings()).toEqual({ ...mine, siteMode: 'except', hoverDelayMs: 400 });
  });

  it('reads a stored item that is not an object as the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to local storage when sync writes fail, and reads from there', async () => {
    const syncSet = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await saveSettings(mine);
    expect(await storedLocal()).toEqual({
      settings: { version: SETTINGS_VERSION, ...mine },
      settingsHome: 'local',
    });
    expect(await loadSettings()).toEqual(mine);
    const updated = await updateSettings((s) => ({ ...s, paused: true }));
    expect(updated.paused).toBe(true);
    expect(await loadSettings()).toEqual({ ...mine, paused: true });
    expect(syncSet).toHaveBeenCalledTimes(2);
  });

  it('moves back to sync once a sync write succeeds again', async () => {
    const syncSet = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('off'));
    await saveSettings(mine);
    syncSet.mockRestore();
    await saveSettings({ ...mine, paused: true });
    expect(await storedLocal()).toEqual({ settingsHome: 'sync' });
    expect(await loadSettings()).toEqual({ ...mine, paused: true });
  });

  it('keeps settings too large for one sync item in local storage without trying sync', async () => {
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const many = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.com`);
    await saveSettings({ ...mine, sitesOff: many });
    expect(syncSet).not.toHaveBeenCalled();
    expect((await loadSettings()).sitesOff).toHaveLength(600);
  });

  it('reads the local copy when sync cannot be read', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: SETTINGS_VERSION, ...mine } });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    expect(await loadSettings()).toEqual(mine);
  });

  it('never throws when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loses no update when several run at once', async () => {
    await Promise.all(
      ['a.com', 'b.com', 'c.com'].map((site) =>
        updateSettings((s) => ({ ...s, sitesOff: [...s.sitesOff, site] })),
      ),
    );
    expect((await loadSettings()).sitesOff).toEqual(['a.com', 'b.com', 'c.com']);
  });

  it('tells watchers about each change once, and stops when asked', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings(mine);
    await expect.poll(() => seen).toEqual([mine]);
    await saveSettings(mine);
    await updateSettings((s) => ({ ...s, paused: true }));
    await expect.poll(() => seen.length).toBe(2);
    expect(seen[1]?.paused).toBe(true);
    stop();
    await resetSettings();
    await loadSettings();
    expect(seen).toHaveLength(2);
  });

  it('resets to the defaults', async () => {
    await saveSettings(mine);
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('exports a file that imports back to the same settings', async () => {
    await saveSettings(mine);
    const text = await exportSettingsFile();
    await resetSettings();
    const plan = planImport(await loadSettings(), text);
    if (!plan.ok) throw new Error(plan.error.code);
    await applyImport(plan.next);
    expect(await loadSettings()).toEqual(mine);
  });

  it('writes an import in one storage write', async () => {
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await applyImport(mine);
    expect(syncSet).toHaveBeenCalledTimes(1);
  });

  it('writes older stored settings back in the current shape', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, disabledSites: ['a.com'] } });
    await migrateStoredSettings();
    expect(await storedSync()).toEqual({
      ...DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      paused: true,
      sitesOff: ['a.com'],
    });
  });

  it.each([
    ['settings from a newer build', { version: SETTINGS_VERSION + 1, paused: true, extra: 1 }],
    ['settings already current', { version: SETTINGS_VERSION, ...DEFAULT_SETTINGS }],
  ])('leaves %s as they are', async (_name, stored) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await migrateStoredSettings();
    expect(syncSet).not.toHaveBeenCalled();
  });

  it('does nothing on migration when nothing is stored', async () => {
    await migrateStoredSettings();
    expect(await storedSync()).toBeUndefined();
  });
});

describe('dismissed store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers dismissed matches per page in local storage and clears them', async () => {
    await addDismissed('https://a.com/post?x=1', 'm|one');
    await addDismissed('https://a.com/post#h', 'm|two');
    expect(await loadDismissed()).toEqual({ 'https://a.com/post': ['m|one', 'm|two'] });
    expect(await fakeBrowser.storage.sync.get('dismissed')).toEqual({ dismissed: undefined });
    await clearDismissed();
    expect(await loadDismissed()).toEqual({});
  });

  it(`keeps at most ${MAX_DISMISSED_PAGES} pages`, async () => {
    const pages = Object.fromEntries(
      Array.from({ length: MAX_DISMISSED_PAGES }, (_, i) => [`https://a.com/${i}`, ['k']]),
    );
    await fakeBrowser.storage.local.set({ dismissed: pages });
    await addDismissed('https://a.com/new', 'k');
    const after = Object.keys(await loadDismissed());
    expect(after).toHaveLength(MAX_DISMISSED_PAGES);
    expect(after).not.toContain('https://a.com/0');
  });

  it('reads corrupted dismissed data as nothing dismissed', async () => {
    await fakeBrowser.storage.local.set({ dismissed: 'oops' });
    expect(await loadDismissed()).toEqual({});
  });
});
