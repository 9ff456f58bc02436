import { browser } from 'wxt/browser';
import { mergePacks, type MergedPacks } from '../core/packs/merge-packs';
import type { Pack } from '../core/packs/pack-schema';
import { parseSubscriptions } from '../core/packs/subscription';
import { isPackKey, loadPackEntries, SUBSCRIPTIONS_KEY } from '../shared/pack-store';
import { sendTabMessage } from './send-tab-message';

/** Tells every tab's content scripts that the packs changed, so they recompile and rescan. */
export async function broadcastPacksChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      // Tabs without our script refuse: that is fine.
      await sendTabMessage(id, 'packsChanged', {}).catch(() => undefined);
    }),
  );
}

/** The switched-on subscription URLs in a stored list, as one comparable string. */
function enabledUrls(raw: unknown): string {
  return parseSubscriptions(raw)
    .filter((s) => s.enabled)
    .map((s) => s.url)
    .join('\n');
}

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Do these storage changes change the packs in force (not just a subscription's last check)? */
export function changesPacks(changes: StorageChanges): boolean {
  return Object.entries(changes).some(([key, change]) => {
    if (!isPackKey(key)) return false;
    if (key !== SUBSCRIPTIONS_KEY) return true;
    return enabledUrls(change.oldValue) !== enabledUrls(change.newValue);
  });
}

/** The merged packs, read from storage when first asked for and again after each change. */
export interface PacksInForce {
  merged(): Promise<MergedPacks>;
  stop(): void;
}

/**
 * Keeps the merged packs (bundled, subscribed, the user's own) and calls
 * `onChange` when a change in storage, from this worker or the options
 * page, changes them. Nothing lives only in memory: a restarted worker
 * reads them again.
 */
export function watchPacksInForce(
  bundled: () => readonly Pack[],
  onChange: () => void,
): PacksInForce {
  let memo: Promise<MergedPacks> | undefined;
  const listener = (changes: StorageChanges, area: string): void => {
    if (area !== 'local' || !Object.keys(changes).some(isPackKey)) return;
    memo = undefined;
    if (changesPacks(changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return {
    merged() {
      memo ??= loadPackEntries(bundled()).then(mergePacks, (error: unknown) => {
        console.warn('Hype Lens: stored packs unreadable; using the bundled ones', error);
        memo = undefined;
        return mergePacks(
          bundled().map((pack) => ({
            pack,
            origin: { kind: 'bundled', id: pack.id },
            enabled: true,
          })),
        );
      });
      return memo;
    },
    stop: () => browser.storage.onChanged.removeListener(listener),
  };
}
