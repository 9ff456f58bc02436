import type { FoundMatch } from './found-match';

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretDoc;
  const pos = d.caretPositionFromPoint?.(x, y);
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

/** The match under a point in the viewport, if any. */
export function hitTest(
  doc: Document,
  found: readonly FoundMatch[],
  x: number,
  y: number,
): FoundMatch | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  return found.find((f) => {
    try {
      return f.range.isPointInRange(caret.node, caret.offset) && pointInRects(f.range, x, y);
    } catch {
      return false;
    }
  });
}
