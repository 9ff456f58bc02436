import { checkPackText } from '../core/packs/check-pack';
import { pickDue } from '../core/packs/pack-schedule';
import type { Pack } from '../core/packs/pack-schema';
import type { Subscription } from '../core/packs/subscription';
import { loadCopies, loadSubscriptions, patchSubscription, saveCopy } from '../shared/pack-store';
import { fetchPack, type FetchDeps } from './fetch-pack';

export interface UpdaterDeps extends FetchDeps {
  /** The bundled packs: subscribed packs may use their cue lists. */
  bundled: () => readonly Pack[];
  now: () => number;
}

/** URLs being fetched in this worker run: a second request for one waits for the first. */
const running = new Map<string, Promise<void>>();

async function update(url: string, deps: UpdaterDeps): Promise<void> {
  const fetched = await fetchPack(url, deps);
  const checked = fetched.ok ? checkPackText(fetched.text, { base: deps.bundled() }) : fetched;
  const at = deps.now();
  if (!checked.ok) {
    // The last good copy stays where it is: only the status changes.
    await patchSubscription(url, (s) => ({
      ...s,
      lastChecked: at,
      failures: s.failures + 1,
      lastError: checked.error,
    }));
    return;
  }
  const subs = await loadSubscriptions();
  // Removed while it was being fetched: store nothing.
  if (!subs.some((s) => s.url === url)) return;
  await saveCopy(url, checked.pack, at);
  await patchSubscription(url, (s) => {
    const next: Subscription = { ...s, lastChecked: at, lastSuccess: at, failures: 0 };
    delete next.lastError;
    if (fetched.ok && fetched.etag) next.etag = fetched.etag;
    if (fetched.ok && fetched.lastModified) next.lastModified = fetched.lastModified;
    return next;
  });
}

/**
 * Fetches, checks and stores the pack at `url` now, whether due or not;
 * on any failure the last good copy stays in force and the subscription
 * records why. Never throws.
 */
export function updateSubscription(url: string, deps: UpdaterDeps): Promise<void> {
  const known = running.get(url);
  if (known) return known;
  const run = update(url, deps)
    .catch((error: unknown) => console.warn('Hype Lens: pack update failed', url, error))
    .finally(() => running.delete(url));
  running.set(url, run);
  return run;
}

/**
 * Updates the single stalest subscription that is due (see `pickDue`), if
 * any; returns its URL. Called from the alarm, so one pack at a time.
 */
export async function updateDuePack(deps: UpdaterDeps): Promise<string | undefined> {
  const subs = await loadSubscriptions();
  const copies = await loadCopies(subs.map((s) => s.url));
  const due = pickDue(subs, (url) => copies.get(url)?.pack.expires, deps.now());
  if (!due) return undefined;
  await updateSubscription(due.url, deps);
  return due.url;
}
