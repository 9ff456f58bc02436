import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERVAL_MS,
  FIRST_RETRY_MS,
  intervalOf,
  MIN_INTERVAL_MS,
  nextCheckAt,
  pickDue,
} from './pack-schedule';
import type { Subscription } from './subscription';

const HOUR = 3_600_000;
const sub = (url: string, fields: Partial<Subscription> = {}): Subscription => ({
  url,
  enabled: true,
  added: 0,
  failures: 0,
  ...fields,
});

describe('the pack schedule', () => {
  it.each([
    [undefined, DEFAULT_INTERVAL_MS],
    ['12 hours', 12 * HOUR],
    ['1 hour', MIN_INTERVAL_MS],
    ['7 days', 7 * 24 * HOUR],
    ['soon', DEFAULT_INTERVAL_MS],
  ])('reads expires %s as %i ms', (expires, ms) => {
    expect(intervalOf(expires)).toBe(ms);
  });

  it('is due at once when never checked', () => {
    expect(nextCheckAt(sub('a'), '1 day')).toBe(0);
  });

  it('waits the pack’s interval after a success', () => {
    expect(nextCheckAt(sub('a', { lastChecked: 1000 }), '12 hours')).toBe(1000 + 12 * HOUR);
  });

  it.each([
    [1, FIRST_RETRY_MS],
    [2, 2 * FIRST_RETRY_MS],
    [3, 4 * FIRST_RETRY_MS],
    [20, DEFAULT_INTERVAL_MS],
  ])(
    'retries after %i failures with a backoff of %i ms, never longer than the interval',
    (failures, wait) => {
      expect(nextCheckAt(sub('a', { lastChecked: 0, failures }), undefined)).toBe(wait);
    },
  );

  it('picks the stalest due pack, one at a time, and skips disabled ones', () => {
    const now = 10 * DEFAULT_INTERVAL_MS;
    const subs = [
      sub('fresh', { lastChecked: now - HOUR, lastSuccess: now - HOUR }),
      sub('old', { lastChecked: 2 * DEFAULT_INTERVAL_MS, lastSuccess: 2 * DEFAULT_INTERVAL_MS }),
      sub('older', { lastChecked: DEFAULT_INTERVAL_MS, lastSuccess: DEFAULT_INTERVAL_MS }),
      sub('off', { enabled: false }),
    ];
    expect(pickDue(subs, () => undefined, now)?.url).toBe('older');
    expect(pickDue([subs[0] as Subscription], () => undefined, now)).toBeUndefined();
  });

  it('puts a never fetched pack before any fetched one', () => {
    const subs = [sub('old', { lastChecked: 0, lastSuccess: 0 }), sub('new', { added: 5 })];
    expect(pickDue(subs, () => undefined, 2 * DEFAULT_INTERVAL_MS)?.url).toBe('new');
  });
});
