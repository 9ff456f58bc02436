import type { Span } from '../core/match/split-sentences';

/**
 * Above this many highlights only this many are registered at a time, those
 * around the viewport. Chromium re-validates every range of every highlight
 * in the frame after any change to one (measured: a frame after adding one
 * range to a highlight of 5,000 took 50 ms, with 1,000 about 17 ms, the
 * same as with none), and a page with thousands of ranges also pays about
 * 18 ms more in each frame after any of its own text changes.
 */
export const PAINT_LIMIT = 1000;

/** Of a window, the share placed above the first match on screen (readers mostly scroll down). */
const ABOVE = 4;

/**
 * Which matches (indices in reading order) to register when there are
 * `total` and the first one on screen is `anchor`: all of them up to
 * `limit`, else `limit` consecutive ones, a quarter above the anchor.
 */
export function paintWindow(total: number, anchor: number, limit = PAINT_LIMIT): Span {
  if (total <= limit) return { start: 0, end: total };
  const start = Math.max(0, Math.min(total - limit, anchor - Math.floor(limit / ABOVE)));
  return { start, end: start + limit };
}

/**
 * Has the viewport moved far enough in `window` to place it anew: fewer
 * than an eighth of the window left above the first match on screen, or
 * less than half of it below (not where the window already meets an end)?
 */
export function windowStale(
  window: Span,
  anchor: number,
  total: number,
  limit = PAINT_LIMIT,
): boolean {
  if (total <= limit) return window.start !== 0 || window.end !== total;
  const low = window.start > 0 && anchor < window.start + Math.floor(limit / 8);
  const high = window.end < total && anchor > window.end - Math.floor(limit / 2);
  return low || high;
}

/**
 * The first of `count` matches (in reading order) that ends below the
 * viewport's top, by a binary search: reading order is (nearly) vertical
 * order, so a handful of layout reads find it. `bottomOf` answers undefined
 * for a match with no box (text hidden with `display: none`, or removed):
 * the search asks its nearest neighbours with one instead, so hidden text
 * cannot pull it up the page. `count` when all are above.
 */
export function firstOnScreen(
  count: number,
  bottomOf: (index: number) => number | undefined,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const near = measurableNear(mid, lo, hi, bottomOf);
    if (!near) return lo;
    const [at, bottom] = near;
    if (bottom < 0) lo = at + 1;
    else hi = Math.min(at, mid);
  }
  return lo;
}

/** The index nearest `mid` in [lo, hi) whose match has a box, and its bottom; undefined when none has. */
function measurableNear(
  mid: number,
  lo: number,
  hi: number,
  bottomOf: (index: number) => number | undefined,
): [number, number] | undefined {
  for (let step = 0; mid + step < hi || mid - step >= lo; step += 1) {
    const after = mid + step < hi ? bottomOf(mid + step) : undefined;
    if (after !== undefined) return [mid + step, after];
    const before = step > 0 && mid - step >= lo ? bottomOf(mid - step) : undefined;
    if (before !== undefined) return [mid - step, before];
  }
  return undefined;
}
