import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** The line box of a range nearest to a point (a phrase may wrap over two lines). */
export function lineBoxNear(range: Range, x: number, y: number): DOMRect {
  const rects = [...range.getClientRects()];
  const hit = rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  return hit ?? rects[0] ?? range.getBoundingClientRect();
}

/** Places the card below (or above) the line box, inside the viewport. */
export async function placeCard(card: HTMLElement, box: DOMRect): Promise<void> {
  const reference = { getBoundingClientRect: () => box };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      // A long card scrolls inside the space the viewport leaves it instead of running off screen.
      size({
        padding: 8,
        apply: ({ availableHeight }) => {
          card.style.maxHeight = `${Math.max(160, Math.min(560, Math.floor(availableHeight)))}px`;
        },
      }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}
