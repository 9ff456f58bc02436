import { describe, expect, it } from 'vitest';
import { firstOnScreen, paintWindow, windowStale } from './paint-window';

describe('paintWindow', () => {
  it('takes every match up to the limit', () => {
    expect(paintWindow(0, 0, 10)).toEqual({ start: 0, end: 0 });
    expect(paintWindow(10, 7, 10)).toEqual({ start: 0, end: 10 });
  });

  it('takes `limit` matches, a quarter of them above the first on screen', () => {
    expect(paintWindow(100, 50, 20)).toEqual({ start: 45, end: 65 });
  });

  it('stays inside the page at both ends', () => {
    expect(paintWindow(100, 2, 20)).toEqual({ start: 0, end: 20 });
    expect(paintWindow(100, 99, 20)).toEqual({ start: 80, end: 100 });
    expect(paintWindow(100, 100, 20)).toEqual({ start: 80, end: 100 });
  });
});

describe('windowStale', () => {
  const window = paintWindow(100, 50, 20); // 45..65

  it('holds while the viewport stays in the middle of the window', () => {
    for (const anchor of [47, 50, 55]) expect(windowStale(window, anchor, 100, 20)).toBe(false);
  });

  it('moves when the viewport nears the top or the lower half of the window', () => {
    expect(windowStale(window, 46, 100, 20)).toBe(true);
    expect(windowStale(window, 56, 100, 20)).toBe(true);
    expect(windowStale(window, 90, 100, 20)).toBe(true);
  });

  it('never moves where the window already meets an end of the page', () => {
    expect(windowStale({ start: 0, end: 20 }, 0, 100, 20)).toBe(false);
    expect(windowStale({ start: 80, end: 100 }, 99, 100, 20)).toBe(false);
  });

  it('moves back to all of them once the page has no more than the limit', () => {
    expect(windowStale({ start: 5, end: 25 }, 10, 20, 20)).toBe(true);
    expect(windowStale({ start: 0, end: 20 }, 10, 20, 20)).toBe(false);
  });
});

describe('firstOnScreen', () => {
  it('finds the first match that ends below the viewport top with few reads', () => {
    const bottoms = Array.from({ length: 1000 }, (_, i) => i * 10 - 4321);
    let reads = 0;
    const at = firstOnScreen(bottoms.length, (i) => {
      reads += 1;
      return bottoms[i] ?? 0;
    });
    expect(at).toBe(433);
    expect(reads).toBeLessThanOrEqual(11);
  });

  it('answers 0 when the page is not scrolled and the count when all are above', () => {
    expect(firstOnScreen(5, (i) => i * 10)).toBe(0);
    expect(firstOnScreen(5, () => -1)).toBe(5);
    expect(firstOnScreen(0, () => 0)).toBe(0);
  });

  it('steps over matches with no box (hidden text) instead of taking them for on-screen ones', () => {
    // Matches 0-599 are above the viewport, 600 on are below its top; every third has no box.
    const bottomOf = (i: number): number | undefined => (i % 3 === 0 ? undefined : i - 600);
    expect(firstOnScreen(1000, bottomOf)).toBeGreaterThanOrEqual(598);
    expect(firstOnScreen(1000, bottomOf)).toBeLessThanOrEqual(600);
    // A long hidden stretch (a collapsed menu) right where the search starts.
    const stretch = (i: number): number | undefined => (i >= 300 && i < 700 ? undefined : i - 800);
    expect(firstOnScreen(1000, stretch)).toBe(800);
    expect(firstOnScreen(10, () => undefined)).toBe(0);
  });
});
