import { yieldToPage } from './yield-to-page';

/** Longest stretch of our work between two yields to the page (ms); the ceiling is 50. */
export const SLICE_BUDGET_MS = 12;

/**
 * Steps `work` until it is done, yielding to the page whenever a slice has
 * used its budget. Resolves false when `signal` aborted first.
 */
export async function runSliced(
  work: Iterator<unknown>,
  signal: AbortSignal,
  budgetMs = SLICE_BUDGET_MS,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    if (work.next().done) return true;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
