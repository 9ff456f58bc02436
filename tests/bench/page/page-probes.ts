/*
 * Functions the benchmark runs inside the page. Playwright serialises each
 * one, so each must be self-contained: no imports, no outer variables.
 */

/** A RegExp passed into the page as strings. */
export interface RegExpSource {
  source: string;
  flags: string;
}

/** What the extension's first full scan recorded. */
export interface ScanMeasure {
  start: number;
  duration: number;
  matches: number;
}

/** A timed pass over the page. */
export interface TimedPass {
  ms: number;
  /** RegExp hits (floor) or marks made (mark.js). */
  hits: number;
}

/** True once the extension has recorded its first full scan. */
export function scanDone(name: string): boolean {
  return performance.getEntriesByName(name, 'measure').length > 0;
}

/** The first `name` measure: its start, duration and match count. */
export function readScan(name: string): ScanMeasure {
  const entry = performance.getEntriesByName(name, 'measure')[0] as PerformanceMeasure;
  const detail = entry.detail as { matches?: number } | null;
  return { start: entry.startTime, duration: entry.duration, matches: detail?.matches ?? -1 };
}

/**
 * Resolves once two more frames have been drawn: the highlights painted
 * after the scan are part of its cost.
 */
export function twoFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/**
 * Waits two frames, then marks the moment `name` and returns its time: the
 * anchor that places page time in the trace when there is no scan measure.
 * (It repeats twoFrames because a serialised function cannot call another.)
 */
export async function markSettled(name: string): Promise<number> {
  await new Promise<void>((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done())),
  );
  return performance.mark(name).startTime;
}

/** When the DOM was ready, in the page's clock (navigation start is 0). */
export function domReadyAt(): number {
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return nav?.domContentLoadedEventEnd ?? 0;
}

/**
 * The floor: a bare TreeWalker over every text node of the body, running the
 * prefilter RegExp over each; no inline runs, no sentences, no matching. The
 * fastest of `passes` passes, since a floor is a lower bound: the first pass
 * also pays for compiling the RegExp.
 */
export function floorPass({ re, passes }: { re: RegExpSource; passes: number }): TimedPass {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const prefilter = new RegExp(re.source, flags);
  let best = { ms: Number.POSITIVE_INFINITY, hits: 0 };
  for (let pass = 0; pass < passes; pass += 1) {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      prefilter.lastIndex = 0;
      while (prefilter.exec(text)) hits += 1;
    }
    const ms = performance.now() - started;
    if (ms < best.ms) best = { ms, hits };
  }
  return best;
}

/**
 * The peer: mark.js (already injected as `window.Mark`) marking the same
 * RegExp over the body, timed until its `done` callback.
 */
export function markJsPass(re: RegExpSource): Promise<TimedPass> {
  type MarkCtor = new (root: Element) => {
    markRegExp(
      regexp: RegExp,
      options: { acrossElements: boolean; done: (marks: number) => void },
    ): void;
  };
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const regexp = new RegExp(re.source, flags);
  return new Promise((resolve) => {
    const started = performance.now();
    new Mark(document.body).markRegExp(regexp, {
      acrossElements: false,
      done: (marks) => resolve({ ms: performance.now() - started, hits: marks }),
    });
  });
}
