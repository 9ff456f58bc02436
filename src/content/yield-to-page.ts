interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page between slices of our work:
 * `scheduler.yield()` where present (continuation keeps its priority),
 * else an idle callback with a timeout, else a macrotask.
 */
export function yieldToPage(win: Window & typeof globalThis = window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof win.requestIdleCallback === 'function')
    return new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: 100 }));
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
