import * as v from 'valibot';
import type { PackError } from './pack-error';

/** One subscribed pack as stored: where it comes from and how its last checks went. */
export interface Subscription {
  url: string;
  enabled: boolean;
  /** When it was added (ms since the epoch). */
  added: number;
  /** The last fetch attempt, successful or not. */
  lastChecked?: number;
  /** The last fetch that gave a pack now in force. */
  lastSuccess?: number;
  /** Failed attempts since the last success, for the retry backoff. */
  failures: number;
  /** Why the last attempt failed; absent after a success. */
  lastError?: PackError;
  etag?: string;
  lastModified?: string;
}

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const text = v.pipe(v.string(), v.maxLength(2000));

const SubscriptionSchema = v.object({
  url: text,
  enabled: v.boolean(),
  added: time,
  lastChecked: v.optional(time),
  lastSuccess: v.optional(time),
  failures: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  lastError: v.optional(
    v.object({
      code: v.string(),
      params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
    }),
  ),
  etag: v.optional(text),
  lastModified: v.optional(text),
});

/** The most subscriptions kept. */
export const MAX_SUBSCRIPTIONS = 50;

/**
 * Subscriptions from anything found in storage, never throwing: each entry
 * is read alone, so a corrupted one is dropped and the others kept; the
 * same URL twice is kept once.
 */
export function parseSubscriptions(raw: unknown): Subscription[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Subscription[] = [];
  for (const entry of raw) {
    const parsed = v.safeParse(SubscriptionSchema, entry);
    if (!parsed.success || seen.has(parsed.output.url)) continue;
    seen.add(parsed.output.url);
    out.push(parsed.output as Subscription);
    if (out.length === MAX_SUBSCRIPTIONS) break;
  }
  return out;
}
