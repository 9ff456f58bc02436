/**
 * Index of the last entry of an ascending list that is at most `value`
 * (0 when none is): a binary search, for mapping offsets through tables of
 * starts.
 */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? Infinity) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
