import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundMatch } from './found-match';
import { createHighlightPainter } from './highlight-painter';

/** A Highlight as the painter uses it (a set of ranges), counting every change. */
class FakeHighlight extends Set<Range> {
  static changes = 0;
  override add(range: Range): this {
    FakeHighlight.changes += 1;
    return super.add(range);
  }
  override delete(range: Range): boolean {
    FakeHighlight.changes += 1;
    return super.delete(range);
  }
}

/** A page of matches one below the other, 100 px apart, and a scroll position. */
class FakePage {
  scrollY = 0;
  readonly frames: FrameRequestCallback[] = [];
  readonly view = Object.assign(new EventTarget(), {
    requestAnimationFrame: (cb: FrameRequestCallback) => this.frames.push(cb),
    cancelAnimationFrame: () => undefined,
  }) as unknown as Window & typeof globalThis;

  matches(count: number, stance: 'assert' | 'report' | 'reject' = 'assert'): FoundMatch[] {
    return Array.from({ length: count }, (_, i) => ({
      match: { start: 0, end: 1, text: `m${i}`, myth: 'm', stance, confidence: 1 },
      range: { getBoundingClientRect: () => ({ bottom: i * 100 + 20 - this.scrollY }) } as Range,
      block: null,
      key: `k${i}`,
    }));
  }

  scrollTo(y: number): void {
    this.scrollY = y;
    this.view.dispatchEvent(new Event('scroll'));
    for (const cb of this.frames.splice(0)) cb(0);
  }
}

const registry = new Map<string, FakeHighlight>();
const saved = { css: globalThis.CSS, highlight: (globalThis as { Highlight?: unknown }).Highlight };

beforeEach(() => {
  registry.clear();
  FakeHighlight.changes = 0;
  Object.assign(globalThis, { CSS: { highlights: registry }, Highlight: FakeHighlight });
});
afterEach(() => {
  Object.assign(globalThis, { CSS: saved.css, Highlight: saved.highlight });
});

describe('createHighlightPainter', () => {
  it('registers a name per stance only while it has ranges, and clears them all', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view });
    const asserts = page.matches(3);
    const reports = page.matches(2, 'report');
    painter.paint([...asserts, ...reports, ...page.matches(2, 'reject')]);
    expect([...registry.keys()].sort()).toEqual(['hype-lens-assert', 'hype-lens-report']);
    expect(registry.get('hype-lens-assert')?.size).toBe(3);
    expect(registry.get('hype-lens-report')?.size).toBe(2);
    painter.paint(asserts);
    expect([...registry.keys()]).toEqual(['hype-lens-assert']);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.registered).toBe(0);
  });

  it('changes only the ranges that differ from the last paint', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view });
    const shown = page.matches(50);
    painter.paint(shown);
    expect(FakeHighlight.changes).toBe(50);
    painter.paint(shown);
    expect(FakeHighlight.changes).toBe(50);
    painter.paint([...shown.slice(0, 10), ...shown.slice(11), ...page.matches(1)]);
    expect(FakeHighlight.changes).toBe(52);
    expect(registry.get('hype-lens-assert')?.size).toBe(50);
  });

  it('registers its highlight again when the page deleted it', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view });
    const shown = page.matches(4);
    painter.paint(shown);
    registry.clear();
    painter.paint(shown);
    expect(registry.get('hype-lens-assert')?.size).toBe(4);
  });

  it('on a page with more matches than the limit registers those around the viewport', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    page.scrollY = 5000; // match 50 is the first on screen
    painter.paint(shown);
    expect(painter.registered).toBe(20);
    expect(registry.get('hype-lens-assert')?.size).toBe(20);
    const first = shown[50] as FoundMatch;
    expect(registry.get('hype-lens-assert')?.has(first.range)).toBe(true);
    expect(registry.get('hype-lens-assert')?.has((shown[44] as FoundMatch).range)).toBe(false);
  });

  it('moves the registered window as the page scrolls, and only when it must', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    painter.paint(shown);
    const has = (i: number) =>
      registry.get('hype-lens-assert')?.has((shown[i] as FoundMatch).range);
    expect(has(0) && has(19)).toBe(true);
    const before = FakeHighlight.changes;
    page.scrollTo(500); // match 5 on top: still well inside 0..20
    expect(FakeHighlight.changes).toBe(before);
    page.scrollTo(15_000); // match 150
    expect(has(150) && has(160) && !has(0)).toBe(true);
    expect(painter.registered).toBe(20);
    page.scrollTo(19_990); // the end of the page
    expect(has(199) && has(185)).toBe(true);
    expect(painter.registered).toBe(20);
  });

  it('stops following the scroll once its signal aborts', () => {
    const page = new FakePage();
    const stop = new AbortController();
    const painter = createHighlightPainter({ view: page.view, signal: stop.signal, limit: 20 });
    const shown = page.matches(200);
    painter.paint(shown);
    stop.abort();
    page.scrollTo(15_000);
    expect(registry.get('hype-lens-assert')?.has((shown[150] as FoundMatch).range)).toBe(false);
  });
});
