import type { Subscription } from './subscription';

const HOUR = 3_600_000;
/** No pack is fetched more often than this, whatever its `expires` says. */
export const MIN_INTERVAL_MS = 4 * HOUR;
/** For a pack without `expires`, or not fetched yet. */
export const DEFAULT_INTERVAL_MS = 24 * HOUR;
/** And none less often than this. */
export const MAX_INTERVAL_MS = 30 * 24 * HOUR;
/** The first retry after a failure; each further failure doubles it, up to the interval. */
export const FIRST_RETRY_MS = HOUR / 2;

/** The refresh interval a pack asks for with `expires` ("12 hours", "7 days"), clamped. */
export function intervalOf(expires: string | undefined): number {
  const m = /^(\d{1,3}) (hour|hours|day|days)$/.exec(expires ?? '');
  if (!m) return DEFAULT_INTERVAL_MS;
  const ms = Number(m[1]) * (m[2]?.startsWith('day') ? 24 * HOUR : HOUR);
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, ms));
}

/** When a subscription is next due: at once if never checked, later after a success, sooner after a failure. */
export function nextCheckAt(sub: Subscription, expires: string | undefined): number {
  if (sub.lastChecked === undefined) return 0;
  const interval = intervalOf(expires);
  if (sub.failures === 0) return sub.lastChecked + interval;
  const retry = FIRST_RETRY_MS * 2 ** Math.min(sub.failures - 1, 20);
  return sub.lastChecked + Math.min(interval, retry);
}

/**
 * The one subscription to fetch now: of the enabled ones that are due, the
 * stalest (oldest last success; never fetched counts as oldest), or
 * undefined when none is due. One pack at a time keeps the worker's work short.
 */
export function pickDue(
  subs: readonly Subscription[],
  expiresOf: (url: string) => string | undefined,
  now: number,
): Subscription | undefined {
  return subs
    .filter((s) => s.enabled && nextCheckAt(s, expiresOf(s.url)) <= now)
    .sort((a, b) => (a.lastSuccess ?? -1) - (b.lastSuccess ?? -1) || a.added - b.added)[0];
}
