import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { heapAfterGc } from './heap-after-gc';
import { longestTaskMs, pageToTraceUs, startTaskTrace, stopTaskTrace } from './main-thread-tasks';
import {
  domReadyAt,
  markJsPass,
  markSettled,
  type RegExpSource,
  type TimedPass,
} from './page-probes';

const markJsPath = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
const SETTLED = 'hype-lens-bench:settled';

/** One fresh load of a page without the extension. */
export interface PeerRun {
  /** The page's heap after load, before mark.js: the baseline for the extension's heap. */
  heapBytes: number;
  /** The page's own longest main-thread task from DOMContentLoaded until two frames after load. */
  pageLongestMs: number;
  markJs: TimedPass;
}

/**
 * Loads `url` in the browser without the extension while tracing its main
 * thread, reads the page's own longest task and the baseline heap, then
 * injects mark.js and times `markRegExp` with the prefilter RegExp.
 */
export async function measurePeerRun(
  context: BrowserContext,
  url: string,
  prefilter: RegExpSource,
): Promise<PeerRun> {
  const browser = context.browser();
  if (!browser) throw new Error('no Browser behind the plain context: cannot trace');
  const page = await context.newPage();
  try {
    await startTaskTrace(browser, page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const settledAt = await page.evaluate(markSettled, SETTLED);
    const trace = await stopTaskTrace(browser, SETTLED);
    const toTraceUs = pageToTraceUs(settledAt, trace.anchorUs);
    const domReady = await page.evaluate(domReadyAt);
    const heapBytes = await heapAfterGc(context, page);
    await page.addScriptTag({ path: markJsPath });
    const markJs = await page.evaluate(markJsPass, prefilter);
    return {
      heapBytes,
      pageLongestMs: longestTaskMs(trace.tasks, toTraceUs(domReady), trace.anchorUs),
      markJs,
    };
  } finally {
    await page.close();
  }
}
