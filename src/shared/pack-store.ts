import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { PackEntry } from '../core/packs/merge-packs';
import { PackSchema, type Pack } from '../core/packs/pack-schema';
import { parseSubscriptions, type Subscription } from '../core/packs/subscription';

/** In `storage.local`: the subscription list (URLs, switches, last checks). */
export const SUBSCRIPTIONS_KEY = 'packSubscriptions';
/** In `storage.local`: the user's own rules, as one pack. */
export const OWN_PACK_KEY = 'ownPack';
/** In `storage.local`: ids of bundled packs the user switched off. */
export const BUNDLED_OFF_KEY = 'bundledPacksOff';
/** Each subscription's last good copy sits under a key of its own, so one bad entry spoils nothing else. */
const COPY_PREFIX = 'packCopy:';

/** The storage key of the last good copy of the pack at `url`. */
export function copyKey(url: string): string {
  return COPY_PREFIX + url;
}

/** Does a change to this storage key change the packs in force? */
export function isPackKey(key: string): boolean {
  return (
    key === SUBSCRIPTIONS_KEY ||
    key === OWN_PACK_KEY ||
    key === BUNDLED_OFF_KEY ||
    key.startsWith(COPY_PREFIX)
  );
}

/** A stored copy: the pack, and when it was fetched. */
export interface PackCopy {
  pack: Pack;
  savedAt: number;
}

let queue: Promise<unknown> = Promise.resolve();
/** Changes within one page or worker run one after another, so none is lost. */
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readLocal(keys: string[]): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get(keys);
  } catch (error) {
    console.warn('Hype Lens: pack storage could not be read', error);
    return {};
  }
}

/** The subscriptions, corrupted entries dropped. Never throws. */
export async function loadSubscriptions(): Promise<Subscription[]> {
  const { [SUBSCRIPTIONS_KEY]: raw } = await readLocal([SUBSCRIPTIONS_KEY]);
  return parseSubscriptions(raw);
}

/** Reads, changes and writes the subscription list as one step; returns what was stored. */
export function updateSubscriptions(
  change: (subs: Subscription[]) => Subscription[],
): Promise<Subscription[]> {
  return queued(async () => {
    const next = parseSubscriptions(change(await loadSubscriptions()));
    await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: next });
    return next;
  });
}

/** Changes the stored entry for `url` (read fresh, so a concurrent change elsewhere is kept). */
export function patchSubscription(
  url: string,
  patch: (sub: Subscription) => Subscription,
): Promise<Subscription[]> {
  return updateSubscriptions((subs) => subs.map((s) => (s.url === url ? patch(s) : s)));
}

function parseCopy(raw: unknown): PackCopy | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { pack, savedAt } = raw as Partial<PackCopy>;
  // The copy was checked in full before it was stored; this only guards against damage since.
  if (typeof savedAt !== 'number' || !v.is(PackSchema, pack)) return undefined;
  return { pack, savedAt };
}

/** The last good copies of the packs at `urls`; a missing or damaged one is simply absent. */
export async function loadCopies(urls: readonly string[]): Promise<Map<string, PackCopy>> {
  const stored = await readLocal(urls.map(copyKey));
  const out = new Map<string, PackCopy>();
  for (const url of urls) {
    const copy = parseCopy(stored[copyKey(url)]);
    if (copy) out.set(url, copy);
  }
  return out;
}

/** Stores a checked pack as the last good copy for `url`. */
export async function saveCopy(url: string, pack: Pack, savedAt: number): Promise<void> {
  await browser.storage.local.set({ [copyKey(url)]: { pack, savedAt } });
}

/** Forgets the subscription to `url` and its copy. */
export async function removeSubscription(url: string): Promise<void> {
  await updateSubscriptions((subs) => subs.filter((s) => s.url !== url));
  await browser.storage.local.remove(copyKey(url));
}

/** The user's own pack, or undefined when there is none (or it was damaged). */
export async function loadOwnPack(): Promise<Pack | undefined> {
  const { [OWN_PACK_KEY]: raw } = await readLocal([OWN_PACK_KEY]);
  return v.is(PackSchema, raw) ? raw : undefined;
}

/** Stores the user's own pack (checked by the caller), or removes it. */
export async function saveOwnPack(pack: Pack | undefined): Promise<void> {
  if (pack) await browser.storage.local.set({ [OWN_PACK_KEY]: pack });
  else await browser.storage.local.remove(OWN_PACK_KEY);
}

/** Ids of the bundled packs switched off. */
export async function loadBundledOff(): Promise<string[]> {
  const { [BUNDLED_OFF_KEY]: raw } = await readLocal([BUNDLED_OFF_KEY]);
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
}

/** Switches a bundled pack on or off. */
export function setBundledEnabled(id: string, enabled: boolean): Promise<void> {
  return queued(async () => {
    const off = (await loadBundledOff()).filter((x) => x !== id);
    await browser.storage.local.set({ [BUNDLED_OFF_KEY]: enabled ? off : [...off, id] });
  });
}

/**
 * Every pack with its origin and switch, in precedence order: the bundled
 * ones, the subscriptions that have a good copy, then the user's own.
 */
export async function loadPackEntries(bundled: readonly Pack[]): Promise<PackEntry[]> {
  const [subs, off, own] = await Promise.all([
    loadSubscriptions(),
    loadBundledOff(),
    loadOwnPack(),
  ]);
  const copies = await loadCopies(subs.map((s) => s.url));
  const entries: PackEntry[] = bundled.map((pack) => ({
    pack,
    origin: { kind: 'bundled', id: pack.id },
    enabled: !off.includes(pack.id),
  }));
  for (const sub of subs) {
    const copy = copies.get(sub.url);
    if (copy)
      entries.push({
        pack: copy.pack,
        origin: { kind: 'subscription', url: sub.url },
        enabled: sub.enabled,
      });
  }
  if (own) entries.push({ pack: own, origin: { kind: 'user' }, enabled: true });
  return entries;
}

/** Calls `onChange` whenever subscriptions, copies, own rules or bundled switches change; returns the stop function. */
export function watchPackStorage(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some(isPackKey)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
