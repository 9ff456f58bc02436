import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings/settings';
import { DISMISSED_KEY, watchSettings } from '../shared/settings-store';
import { sendTabMessage } from './send-tab-message';

/** Tells every tab's content scripts that settings changed, so they apply them at once. */
export async function broadcastSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      // Tabs without our script (browser pages, pages opened before install) refuse: that is fine.
      await sendTabMessage(id, 'settingsChanged', {}).catch(() => undefined);
    }),
  );
}

/**
 * Broadcasts `settingsChanged` whenever the settings or the dismissed
 * matches change, from whichever page or device, and tells `onSettings`
 * about new settings. Returns the function that stops it.
 */
export function broadcastChanges(onSettings: (settings: Settings) => void): () => void {
  const stopSettings = watchSettings((settings) => {
    onSettings(settings);
    void broadcastSettingsChanged();
  });
  const onDismissed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DISMISSED_KEY in changes) void broadcastSettingsChanged();
  };
  browser.storage.onChanged.addListener(onDismissed);
  return () => {
    stopSettings();
    browser.storage.onChanged.removeListener(onDismissed);
  };
}
