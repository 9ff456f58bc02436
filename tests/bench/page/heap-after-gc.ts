import type { BrowserContext, Page } from 'playwright-core';

/**
 * The page's JS heap in use (all its worlds, the content script's included)
 * after a forced garbage collection, in bytes: what stays, not what passed.
 */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
