import { describe, expect, it } from 'vitest';
import { longestTaskMs, mainThreadTasks, type TraceEvent } from './main-thread-tasks';

const MAIN = { pid: 7, tid: 7 };
const task = (ts: number, dur: number, at = MAIN): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  ...at,
});
const microtasks = (ts: number, dur: number): TraceEvent => ({
  ...task(ts, dur),
  name: 'BlinkScheduler_PerformMicrotaskCheckpoint',
});
const anchor: TraceEvent = {
  name: 'hype-lens:scan',
  cat: 'blink.user_timing',
  ph: 'b',
  ts: 1_000,
  ...MAIN,
};

describe('mainThreadTasks', () => {
  it.each([
    [
      'a task and the microtasks right after it are one task',
      [task(0, 10_000), microtasks(10_050, 60_000)],
      [{ ts: 0, dur: 70_050 }],
    ],
    [
      'microtasks after a gap are a task of their own',
      [task(0, 10_000), microtasks(20_000, 60_000)],
      [
        { ts: 0, dur: 10_000 },
        { ts: 20_000, dur: 60_000 },
      ],
    ],
    [
      'an event nested inside a task adds nothing',
      [task(0, 10_000), task(2_000, 3_000)],
      [{ ts: 0, dur: 10_000 }],
    ],
    [
      'back-to-back tasks stay apart',
      [task(0, 10_000), task(10_000, 10_000)],
      [
        { ts: 0, dur: 10_000 },
        { ts: 10_000, dur: 10_000 },
      ],
    ],
    [
      'tasks of other threads are left out',
      [task(0, 10_000, { pid: 7, tid: 8 }), task(0, 5_000, { pid: 9, tid: 9 })],
      [],
    ],
  ])('%s', (_, events, expected) => {
    expect(mainThreadTasks([anchor, ...events], 'hype-lens:scan').tasks).toEqual(expected);
  });

  it('finds the anchor on the thread that recorded it', () => {
    expect(mainThreadTasks([anchor], 'hype-lens:scan').anchorUs).toBe(1_000);
  });

  it('says so when the trace lacks the anchor', () => {
    expect(() => mainThreadTasks([task(0, 1)], 'hype-lens:scan')).toThrow(/no 'hype-lens:scan'/);
  });
});

describe('longestTaskMs', () => {
  const tasks = [
    { ts: 0, dur: 80_000 },
    { ts: 100_000, dur: 30_000 },
    { ts: 200_000, dur: 60_000 },
  ];
  it.each([
    ['counts a task that overlaps the window start', 50_000, 150_000, 80],
    ['leaves out tasks after the window', 90_000, 150_000, 30],
    ['is 0 when no task falls in the window', 140_000, 190_000, 0],
  ])('%s', (_, from, to, expected) => {
    expect(longestTaskMs(tasks, from, to)).toBe(expected);
  });
});
