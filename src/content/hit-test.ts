import { DARK_HIGHLIGHT_NAMES, HIGHLIGHT_NAMES } from './highlight-names';
import type { FoundMatch } from './found-match';
import { shadowRootsOf } from './shadow-roots-of';

/** Lets the hit-tests look into these shadow roots (without it they answer with the host). */
interface PointOptions {
  shadowRoots?: ShadowRoot[];
}

interface CaretDoc {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: PointOptions,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(
  doc: Document,
  x: number,
  y: number,
  options: PointOptions,
): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretDoc;
  const pos = d.caretPositionFromPoint?.(x, y, options);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Is the point inside one of the range's line boxes? (A caret alone is fuzzy at line ends.) */
function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

interface HighlightRegistryWithHitTest {
  highlightsFromPoint?: (x: number, y: number, options?: PointOptions) => unknown[];
}

/**
 * Is any highlight of ours under the point? `highlightsFromPoint` answers
 * cheaply where present (most pointer moves are over plain text); without
 * it, assume yes and let the caret test decide.
 */
function maybeOurs(
  x: number,
  y: number,
  ours: ReadonlySet<unknown>,
  options: PointOptions,
): boolean {
  const registry = globalThis.CSS?.highlights as unknown as
    HighlightRegistryWithHitTest | undefined;
  if (typeof registry?.highlightsFromPoint !== 'function') return true;
  try {
    return registry.highlightsFromPoint(x, y, options).some((h) => {
      const highlight = (h as { highlight?: unknown }).highlight ?? h;
      return ours.has(highlight);
    });
  } catch {
    return true;
  }
}

/** Our registered highlights, looked up by name (Firefox cannot iterate the page's registry from a content script). */
function ourHighlights(): Set<unknown> {
  const registry = globalThis.CSS?.highlights;
  const set = new Set<unknown>();
  if (!registry) return set;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), ...Object.values(DARK_HIGHLIGHT_NAMES)]) {
    const highlight = registry.get(name);
    if (highlight) set.add(highlight);
  }
  return set;
}

/** The match under a point in the viewport, if any, in the page's open shadow roots too. */
export function hitTest(
  doc: Document,
  found: readonly FoundMatch[],
  x: number,
  y: number,
): FoundMatch | undefined {
  if (found.length === 0) return undefined;
  const shadowRoots = shadowRootsOf(found);
  const options: PointOptions = shadowRoots.length > 0 ? { shadowRoots } : {};
  if (!maybeOurs(x, y, ourHighlights(), options)) return undefined;
  const caret = caretAt(doc, x, y, options);
  if (!caret) return undefined;
  return found.find((f) => {
    try {
      return f.range.isPointInRange(caret.node, caret.offset) && pointInRects(f.range, x, y);
    } catch {
      return false;
    }
  });
}
