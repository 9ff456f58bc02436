import type { BrowserContext } from 'playwright-core';
import { heapAfterGc } from './heap-after-gc';
import { longestTaskMs, pageToTraceUs, startTaskTrace, stopTaskTrace } from './main-thread-tasks';
import {
  domReadyAt,
  floorPass,
  readScan,
  scanDone,
  twoFrames,
  type RegExpSource,
  type TimedPass,
} from './page-probes';

/** The measure the content script records when its first full scan is complete. */
export const SCAN_MEASURE = 'hype-lens:scan';

/** Bounds a hang: a build that never scans fails the run in two minutes, not hours. */
const SCAN_TIMEOUT_MS = 120_000;
const FLOOR_PASSES = 3;

/** One fresh load of a page with the extension. */
export interface ExtensionRun {
  /** Duration of the `hype-lens:scan` measure. */
  scanMs: number;
  /** From navigation start to the end of the first full scan. */
  navToScanMs: number;
  matches: number;
  /** Longest main-thread task from the scan's start until two frames after its end. */
  longestInScanMs: number;
  /** How many tasks of over 50 ms overlapped the scan. */
  longTasksInScan: number;
  /** Longest main-thread task between DOMContentLoaded and the scan's start (matcher compile, messaging, the page's own layout). */
  longestBeforeScanMs: number;
  heapBytes: number;
  floor: TimedPass;
}

/**
 * Loads `url` in a new tab of the extension's browser while tracing its
 * main thread, waits for the first full scan and two frames more, then reads
 * the measure, the tasks, the heap and, last, the floor in the same page.
 */
export async function measureExtensionRun(
  context: BrowserContext,
  url: string,
  prefilter: RegExpSource,
): Promise<ExtensionRun> {
  const browser = context.browser();
  if (!browser) throw new Error('no Browser behind the extension context: cannot trace');
  const page = await context.newPage();
  try {
    await startTaskTrace(browser, page);
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    await page
      .waitForFunction(scanDone, SCAN_MEASURE, { polling: 100, timeout: SCAN_TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new Error(
          `no '${SCAN_MEASURE}' measure on ${url} within ${SCAN_TIMEOUT_MS / 1000} s: does this build scan pages?`,
          { cause: error },
        );
      });
    await page.evaluate(twoFrames);
    const trace = await stopTaskTrace(browser, SCAN_MEASURE);
    const scan = await page.evaluate(readScan, SCAN_MEASURE);
    const scanBeginUs = trace.anchorUs;
    const toTraceUs = pageToTraceUs(scan.start, scanBeginUs);
    const domReady = await page.evaluate(domReadyAt);
    const heapBytes = await heapAfterGc(context, page);
    const floor = await page.evaluate(floorPass, { re: prefilter, passes: FLOOR_PASSES });
    return {
      scanMs: scan.duration,
      navToScanMs: scan.start + scan.duration,
      matches: scan.matches,
      longestInScanMs: longestTaskMs(trace.tasks, scanBeginUs, Number.POSITIVE_INFINITY),
      longTasksInScan: trace.tasks.filter((t) => t.ts + t.dur > scanBeginUs && t.dur > 50_000)
        .length,
      longestBeforeScanMs: longestTaskMs(
        // A task that runs into the scan counts as the scan's.
        trace.tasks.filter((t) => t.ts + t.dur <= scanBeginUs),
        toTraceUs(domReady),
        scanBeginUs,
      ),
      heapBytes,
      floor,
    };
  } finally {
    await page.close();
  }
}
