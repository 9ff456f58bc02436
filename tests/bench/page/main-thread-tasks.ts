import type { Browser, Page } from 'playwright-core';

/** A main-thread task in the trace's clock (microseconds). */
export interface TraceTask {
  ts: number;
  dur: number;
}

/** The renderer's main-thread tasks, and where a user-timing entry sits among them. */
export interface MainThreadTrace {
  tasks: TraceTask[];
  /** The anchor mark's time, or its measure's begin, in the trace's clock. */
  anchorUs: number;
}

/** The fields of a Chrome trace event this file reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

/*
 * Why a trace and not a `longtask` PerformanceObserver: Chromium leaves
 * content-script work out of the page's long tasks (the first scan, 1.7 s in
 * one piece on an older build, reported none), so only the browser's own
 * trace sees the extension's tasks.
 */
const CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';
/** Chromium runs the microtasks after a task (an `await` resuming) as a sibling event. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A microtask checkpoint this close to a task's end belongs to that task. */
const SAME_TASK_GAP_US = 100;

/** Starts recording the browser's task trace for `page`. */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Trace phases of a user-timing mark (instant) or of a measure's begin. */
const ANCHOR_PHASES = new Set(['b', 'R', 'I', 'i', 'n']);

/** Stops the trace and returns the page's main-thread tasks around `anchor` (see mainThreadTasks). */
export async function stopTaskTrace(browser: Browser, anchor: string): Promise<MainThreadTrace> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  return mainThreadTasks(traceEvents, anchor);
}

/**
 * The tasks of the thread that recorded the user-timing mark or measure
 * `anchor` (the page's main thread), each with the microtasks that ran right
 * after it, and the anchor's time.
 */
export function mainThreadTasks(
  traceEvents: readonly TraceEvent[],
  anchor: string,
): MainThreadTrace {
  const begin = traceEvents.find((e) => e.name === anchor && ANCHOR_PHASES.has(e.ph));
  if (!begin) throw new Error(`the trace holds no '${anchor}' mark or measure`);
  const onMain = traceEvents
    .filter(
      (e) =>
        e.pid === begin.pid &&
        e.tid === begin.tid &&
        e.ph === 'X' &&
        (e.name === TASK || e.name === MICROTASKS),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks: TraceTask[] = [];
  for (const event of onMain) {
    const last = tasks.at(-1);
    const end = event.ts + (event.dur ?? 0);
    if (last && event.ts < last.ts + last.dur) {
      last.dur = Math.max(last.dur, end - last.ts); // nested inside the last task
    } else if (
      last &&
      event.name === MICROTASKS &&
      event.ts - (last.ts + last.dur) < SAME_TASK_GAP_US
    ) {
      last.dur = end - last.ts;
    } else {
      tasks.push({ ts: event.ts, dur: event.dur ?? 0 });
    }
  }
  return { tasks, anchorUs: begin.ts };
}

/** Maps page time (ms from navigation start) to trace time, given one moment known in both. */
export function pageToTraceUs(anchorPageMs: number, anchorUs: number): (pageMs: number) => number {
  return (pageMs) => anchorUs + (pageMs - anchorPageMs) * 1000;
}

/** The longest task overlapping [fromUs, toUs), in milliseconds (0 if none). */
export function longestTaskMs(tasks: readonly TraceTask[], fromUs: number, toUs: number): number {
  return Math.max(
    0,
    ...tasks.filter((t) => t.ts + t.dur > fromUs && t.ts < toUs).map((t) => t.dur / 1000),
  );
}
