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
  /** Layout reads so far. */
  reads = 0;
  readonly frames = new Map<number, FrameRequestCallback>();
  #next = 0;
  readonly view = Object.assign(new EventTarget(), {
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      this.frames.set((this.#next += 1), cb);
      return this.#next;
    },
    cancelAnimationFrame: (id: number) => this.frames.delete(id),
  }) as unknown as Window & typeof globalThis;

  matches(count: number, stance: 'assert' | 'report' | 'reject' = 'assert'): FoundMatch[] {
    return Array.from({ length: count }, (_, i) => ({
      match: { start: 0, end: 1, text: `m${i}`, myth: 'm', stance, confidence: 1 },
      range: {
        getBoundingClientRect: () => {
          this.reads += 1;
          const top = i * 100 - this.scrollY;
          return { top, left: 10, width: 80, height: 20, bottom: top + 20 };
        },
      } as Range,
      block: null,
      key: `k${i}`,
    }));
  }

  scrollTo(y: number, target: EventTarget = this.view): void {
    this.scrollY = y;
    target.dispatchEvent(new Event('scroll'));
    this.runFrames();
  }

  runFrames(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const cb of due) cb(0);
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

  it('asks for one frame per burst of scroll events, and none once the signal aborts', () => {
    const page = new FakePage();
    const stop = new AbortController();
    const painter = createHighlightPainter({ view: page.view, signal: stop.signal, limit: 20 });
    painter.paint(page.matches(200));
    for (let i = 0; i < 5; i += 1) page.view.dispatchEvent(new Event('scroll'));
    expect(page.frames.size).toBe(1);
    stop.abort();
    expect(page.frames.size).toBe(0);
  });

  it('follows scrolling inside a shadow root it is told of', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    painter.paint(shown);
    const root = new EventTarget() as ShadowRoot; // a scroll event does not leave its shadow tree
    painter.followScroll(root);
    painter.followScroll(root);
    page.scrollTo(15_000, root);
    expect(registry.get('hype-lens-assert')?.has((shown[150] as FoundMatch).range)).toBe(true);
  });

  it('lists what it painted for hit-testing: the window, not every match', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    painter.paint(shown);
    expect(painter.painted()).toEqual(shown.slice(0, 20));
    painter.paint(shown.slice(0, 15));
    expect(painter.painted()).toEqual(shown.slice(0, 15));
  });

  it('registers everything again when the count drops back under the limit', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    page.scrollY = 15_000;
    painter.paint(shown);
    painter.paint(shown.slice(0, 12));
    expect(registry.get('hype-lens-assert')?.size).toBe(12);
    expect(painter.registered).toBe(12);
  });

  it('paints a match listed twice once', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view });
    const [a, b] = page.matches(2) as [FoundMatch, FoundMatch];
    painter.paint([a, a, b]);
    expect(registry.get('hype-lens-assert')?.size).toBe(2);
    expect(painter.registered).toBe(2);
  });

  it('takes its name back from a page that put its own highlight there, and mends one the page emptied', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view });
    const shown = page.matches(3);
    painter.paint(shown);
    const ours = registry.get('hype-lens-assert');
    registry.set('hype-lens-assert', new FakeHighlight());
    painter.paint(shown);
    expect(registry.get('hype-lens-assert')).toBe(ours);
    ours?.clear();
    painter.paint(shown);
    expect(registry.get('hype-lens-assert')?.size).toBe(3);
  });

  it('finds the viewport past matches whose text is hidden (no box)', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200).map((f, i) =>
      i >= 20 && i < 140
        ? {
            ...f,
            range: {
              getBoundingClientRect: () => ({ top: 0, left: 0, width: 0, height: 0, bottom: 0 }),
            } as Range,
          }
        : f,
    );
    page.scrollY = 15_000; // match 150 on top; 20-139 are in a collapsed menu
    painter.paint(shown);
    expect(registry.get('hype-lens-assert')?.has((shown[150] as FoundMatch).range)).toBe(true);
  });

  it('repaints a changed page without reading layout, and measures in the next frame', () => {
    const page = new FakePage();
    const painter = createHighlightPainter({ view: page.view, limit: 20 });
    const shown = page.matches(200);
    page.scrollY = 10_000; // match 100 on top
    painter.paint(shown);
    const reads = page.reads;
    expect(reads).toBeGreaterThan(0);
    // Thirty matches inserted above (say, an earlier block rescanned): their index moves.
    const moved = [...page.matches(30).map((f) => ({ ...f, key: `new${f.key}` })), ...shown];
    painter.paint(moved);
    expect(page.reads, 'no layout read inside the paint').toBe(reads);
    const has = (f: FoundMatch | undefined) =>
      f !== undefined && registry.get('hype-lens-assert')?.has(f.range) === true;
    expect(has(shown[100])).toBe(true);
    page.runFrames();
    expect(page.reads).toBeGreaterThan(reads);
    expect(has(shown[100]) && has(shown[110])).toBe(true);
  });
});
