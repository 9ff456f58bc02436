import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { addDismissed, saveSettings } from '../shared/settings-store';
import { broadcastChanges } from './broadcast';

describe('broadcasting changes to tabs', () => {
  let tabIds: number[] = [];
  let sendMessage: ReturnType<typeof vi.fn>;
  const seen: Settings[] = [];
  let stop: () => void = () => undefined;
  const told = (tabId: number) =>
    sendMessage.mock.calls.filter(
      ([id, message]) => id === tabId && (message as { type: string }).type === 'settingsChanged',
    ).length;

  beforeEach(async () => {
    fakeBrowser.reset();
    seen.length = 0;
    tabIds = [];
    for (const url of ['https://a.com/', 'chrome://settings/', 'https://b.com/']) {
      tabIds.push((await fakeBrowser.tabs.create({ url })).id ?? -1);
    }
    // The second tab has no content script: sending to it fails, as in the browser.
    sendMessage = vi.fn(async (tabId: number) => {
      if (tabId === tabIds[1]) throw new Error('Could not establish connection');
      return null;
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
    stop = broadcastChanges((s) => seen.push(s));
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('tells every tab when settings change, whatever some tabs answer', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, paused: true });
    await expect.poll(() => tabIds.map(told)).toEqual([1, 1, 1]);
    expect(seen.map((s) => s.paused)).toEqual([true]);
  });

  it('tells every tab when a match is dismissed', async () => {
    await addDismissed('https://a.com/', 'm|x');
    await expect.poll(() => tabIds.map(told)).toEqual([1, 1, 1]);
    expect(seen).toEqual([]);
  });

  it('stops when asked', async () => {
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, paused: true });
    await addDismissed('https://a.com/', 'm|x');
    expect(await fakeBrowser.storage.onChanged.trigger({}, 'local')).toHaveLength(0);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
