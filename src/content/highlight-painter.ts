import type { Span } from '../core/match/split-sentences';
import { hasDarkBackground } from './dark-background';
import type { FoundMatch } from './found-match';
import { DARK_HIGHLIGHT_NAMES, HIGHLIGHT_NAMES } from './highlight-names';
import { firstOnScreen, PAINT_LIMIT, paintWindow, windowStale } from './paint-window';
import { hasBox } from './visible-order';

export interface HighlightPainter {
  /** Shows exactly these matches, in reading order (rejections are never among them). */
  paint(shown: readonly FoundMatch[]): void;
  /** Removes every highlight of ours. */
  clear(): void;
  /** The matches whose ranges are registered now, in reading order (what the pointer can hover). */
  painted(): readonly FoundMatch[];
  /** Follows the scrolling inside this shadow root too (a scroll event does not leave its tree). */
  followScroll(root: ShadowRoot): void;
  /** How many ranges are registered now (tests). */
  readonly registered: number;
}

export interface PainterOptions {
  /** The window whose scrolling moves the registered part of a page with very many matches. */
  view?: (Window & typeof globalThis) | null | undefined;
  /** Ends the painter's listeners. */
  signal?: AbortSignal | undefined;
  /** Most ranges registered at once (see PAINT_LIMIT). */
  limit?: number | undefined;
}

const NAMES = [...Object.values(HIGHLIGHT_NAMES), ...Object.values(DARK_HIGHLIGHT_NAMES)];

function nameOf(f: FoundMatch): string | undefined {
  const stance = f.match.stance;
  if (stance !== 'assert' && stance !== 'report') return undefined;
  return hasDarkBackground(f.block) ? DARK_HIGHLIGHT_NAMES[stance] : HIGHLIGHT_NAMES[stance];
}

/** Where the match's text ends on screen; undefined when it has no box (hidden or removed). */
const bottomOf = (f: FoundMatch | undefined): number | undefined => {
  try {
    const rect = f?.range.getBoundingClientRect();
    return hasBox(rect) ? rect.bottom : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Paints matches as CSS Custom Highlights, one per stance (and a variant
 * for text on dark backgrounds). The page's DOM is never touched; a name
 * is registered only while it has ranges, so a page without matches sees
 * no highlight of ours in `CSS.highlights`. A paint changes only the ranges
 * that differ from the last one (each change costs the browser a pass over
 * every registered range), and on a page with more than `limit` matches
 * only the `limit` around the viewport are registered, moved as it scrolls.
 */
export function createHighlightPainter(options: PainterOptions = {}): HighlightPainter {
  const registry = globalThis.CSS?.highlights;
  const supported = Boolean(registry) && typeof Highlight === 'function';
  const limit = options.limit ?? PAINT_LIMIT;
  const highlights = new Map<string, Highlight>();
  let painted = new Map<FoundMatch, string>();
  let paintedList: FoundMatch[] = [];
  let all: FoundMatch[] = [];
  let span: Span = { start: 0, end: 0 };
  let frame: number | undefined;

  /** The first match on screen when last measured: a later paint starts from it without reading layout. */
  let onTop: FoundMatch | undefined;
  /** A paint placed the window from `onTop`: the next frame measures and moves it if need be. */
  let unmeasured = false;

  const anchor = (): number => {
    if (all.length <= limit) return 0;
    const at = firstOnScreen(all.length, (i) => bottomOf(all[i]));
    onTop = all[Math.min(at, all.length - 1)];
    return at;
  };

  /** Registers exactly the matches of `wanted`, changing only what differs. */
  const show = (wanted: Span): void => {
    if (!registry) return;
    span = wanted;
    const next = new Map<FoundMatch, string>();
    const counts = new Map<string, number>();
    for (let i = wanted.start; i < wanted.end; i += 1) {
      const f = all[i] as FoundMatch;
      const name = painted.get(f) ?? nameOf(f);
      if (!name || next.has(f)) continue;
      next.set(f, name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const [f, name] of painted)
      if (next.get(f) !== name) highlights.get(name)?.delete(f.range);
    for (const [f, name] of next) {
      if (painted.get(f) === name) continue;
      let highlight = highlights.get(name);
      if (!highlight) highlights.set(name, (highlight = new Highlight()));
      highlight.add(f.range);
    }
    painted = next;
    paintedList = [...next.keys()];
    for (const name of NAMES) {
      let highlight = highlights.get(name);
      const count = counts.get(name) ?? 0;
      if (highlight && highlight.size !== count) {
        // The page emptied or edited our highlight (it can reach it): make it whole again.
        highlight.clear();
        for (const [f, n] of next) if (n === name) highlight.add(f.range);
      }
      if (count === 0) {
        highlights.delete(name);
        highlight = undefined;
      }
      if (!highlight) {
        if (registry.has(name)) registry.delete(name);
      } else if (registry.get(name) !== highlight) registry.set(name, highlight);
    }
  };

  const follow = (): void => {
    frame = undefined;
    if (all.length <= limit) return;
    const at = anchor();
    const placed = !unmeasured && !windowStale(span, at, all.length, limit);
    unmeasured = false;
    if (!placed) show(paintWindow(all.length, at, limit));
  };
  const view = options.view;
  const listen = { capture: true, passive: true, signal: options.signal };
  const onMove = (): void => {
    if (view && all.length > limit && frame === undefined)
      frame = view.requestAnimationFrame(follow);
  };
  if (view && supported) {
    // Capture: the scrolling of any container of the document, not only the document's own.
    view.addEventListener('scroll', onMove, listen);
    view.addEventListener('resize', onMove, listen);
    options.signal?.addEventListener('abort', () => {
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    });
  }

  const paint = (shown: readonly FoundMatch[]): void => {
    if (!supported) return;
    all = shown.filter((f) => f.match.stance === 'assert' || f.match.stance === 'report');
    // After a change on a busy page, reading layout now would lay out the page inside our task:
    // start from the match that was on top, and let the next frame measure (it lays out anyway).
    const known = all.length > limit && onTop ? all.indexOf(onTop) : -1;
    if (known < 0) return show(paintWindow(all.length, anchor(), limit));
    show(paintWindow(all.length, known, limit));
    unmeasured = true;
    if (view && frame === undefined) frame = view.requestAnimationFrame(follow);
  };
  const clear = (): void => {
    all = [];
    onTop = undefined;
    unmeasured = false;
    painted = new Map();
    paintedList = [];
    highlights.clear();
    span = { start: 0, end: 0 };
    if (!registry) return;
    for (const name of NAMES) registry.delete(name);
  };
  return {
    paint,
    clear,
    painted: () => paintedList,
    // The same listener again is not added twice, so a root met by every walk costs nothing.
    followScroll: (root) => {
      if (view && supported && !options.signal?.aborted)
        root.addEventListener('scroll', onMove, listen);
    },
    get registered() {
      return painted.size;
    },
  };
}
