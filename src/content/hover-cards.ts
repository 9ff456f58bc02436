import type { CardView } from '../core/packs/card-view';
import type { FoundMatch } from './found-match';
import { hitTest } from './hit-test';
import { lineBoxNear, placeCard } from './place-card';
import { renderCard } from './render-card';
import { createUiHost, type UiHost } from './ui-host';

export interface HoverCardOptions {
  doc: Document;
  found: () => readonly FoundMatch[];
  getCard: (myth: string) => Promise<CardView | null>;
  signal: AbortSignal;
  /** Hover time before a card opens (ms). */
  openDelay?: number;
  /** Grace period after the pointer leaves (ms). */
  closeDelay?: number;
}

/**
 * Opens a card after a short hover over a highlighted phrase and closes it
 * a grace period after the pointer leaves both the phrase and the card, as
 * Wikipedia's page previews do. The host element exists only while a card
 * is shown, so the page is left exactly as it was.
 */
export function hoverCards(options: HoverCardOptions): void {
  const { doc, signal } = options;
  const openDelay = options.openDelay ?? 400;
  const closeDelay = options.closeDelay ?? 300;
  let ui: UiHost | undefined;
  let shown: FoundMatch | undefined;
  let pending: FoundMatch | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let inCard = false;
  let frame = 0;

  const hide = (): void => {
    shown = undefined;
    ui?.host.remove();
    ui = undefined;
  };
  const scheduleClose = (): void => {
    if (closeTimer === undefined && shown)
      closeTimer = setTimeout(() => ((closeTimer = undefined), hide()), closeDelay);
  };
  const cancelClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const show = async (target: FoundMatch, x: number, y: number): Promise<void> => {
    const view = await options.getCard(target.match.myth);
    if (!view || signal.aborted || pending !== target) return;
    hide();
    ui = createUiHost(doc);
    const card = renderCard(doc, view, target.match.stance, 'hype-lens-card');
    card.setAttribute('popover', 'manual');
    card.addEventListener('pointerenter', () => ((inCard = true), cancelClose()));
    card.addEventListener('pointerleave', () => ((inCard = false), scheduleClose()));
    ui.shadow.append(card);
    card.showPopover?.();
    shown = target;
    await placeCard(card, lineBoxNear(target.range, x, y));
  };
  const onMove = (x: number, y: number): void => {
    const hit = hitTest(doc, options.found(), x, y);
    if (hit && hit === shown) return cancelClose();
    if (hit !== pending) {
      clearTimeout(openTimer);
      pending = hit;
      if (hit) openTimer = setTimeout(() => void show(hit, x, y), openDelay);
    }
    if (!hit && !inCard) scheduleClose();
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (frame) return;
      const { clientX, clientY } = event;
      frame = requestAnimationFrame(() => ((frame = 0), onMove(clientX, clientY)));
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && shown && hide(), { signal });
  signal.addEventListener('abort', () => {
    clearTimeout(openTimer);
    cancelClose();
    cancelAnimationFrame(frame);
    hide();
  });
}
