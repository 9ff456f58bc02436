import type { CardView } from '../core/packs/card-view';
import type { FoundMatch } from './found-match';
import { trapFocus } from './focus-trap';
import { hitTest } from './hit-test';
import { isFromUser } from './is-from-user';
import { lineBoxNear, placeCard } from './place-card';
import { renderCard, type CardActions } from './render-card';
import { createUiHost, type UiHost } from './ui-host';

export interface HoverCardOptions {
  doc: Document;
  found: () => readonly FoundMatch[];
  getCard: (myth: string) => Promise<CardView | null>;
  /** What the card's buttons do for a match. */
  actions: (target: FoundMatch) => CardActions;
  signal: AbortSignal;
  /** Hover time before a card opens (ms); read at each hover, so a settings change applies at once. */
  openDelay?: () => number;
  /** Grace period after the pointer leaves (ms). */
  closeDelay?: number;
}

export interface CardController {
  /** Opens the card for a match now. With `focus`, moves focus into it (the keyboard path). */
  open(target: FoundMatch, focus: boolean): Promise<boolean>;
  close(): void;
}

interface Shown {
  target: FoundMatch;
  ui: UiHost;
  card: HTMLElement;
  /** Opened from the keyboard: stays until Esc or a click elsewhere, and gives focus back. */
  returnFocus: Element | null | undefined;
  done: AbortController;
}

/**
 * Opens a card after a short hover over a highlighted phrase and closes it
 * a grace period after the pointer leaves both the phrase and the card, as
 * Wikipedia's page previews do; or at once from the keyboard, with focus in
 * it. The host element exists only while a card is shown, so the page is
 * left exactly as it was.
 */
export function hoverCards(options: HoverCardOptions): CardController {
  const { doc, signal } = options;
  const openDelay = options.openDelay ?? (() => 400);
  const closeDelay = options.closeDelay ?? 300;
  let shown: Shown | undefined;
  let pending: FoundMatch | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let inCard = false;
  let frame = 0;
  let last = { x: 0, y: 0 };
  let request = 0;

  const close = (): void => {
    const was = shown;
    shown = undefined;
    inCard = false;
    if (!was) return;
    was.done.abort();
    was.ui.host.remove();
    if (was.returnFocus instanceof HTMLElement || was.returnFocus instanceof SVGElement)
      was.returnFocus.focus({ preventScroll: true });
  };
  const scheduleClose = (): void => {
    if (closeTimer === undefined && shown && shown.returnFocus === undefined)
      closeTimer = setTimeout(() => ((closeTimer = undefined), close()), closeDelay);
  };
  const cancelClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const place = (x?: number, y?: number): void => {
    if (!shown) return;
    const rects = shown.target.range.getClientRects();
    const box =
      x === undefined || y === undefined
        ? (rects[0] ?? shown.target.range.getBoundingClientRect())
        : lineBoxNear(shown.target.range, x, y);
    void placeCard(shown.card, box);
  };
  const open = async (
    target: FoundMatch,
    focus: boolean,
    x?: number,
    y?: number,
  ): Promise<boolean> => {
    const ticket = (request += 1);
    const view = await options.getCard(target.match.myth);
    if (!view || signal.aborted || ticket !== request) return false;
    if (!focus && pending !== target) return false;
    const returnFocus = focus ? doc.activeElement : undefined;
    close();
    cancelClose();
    const ui = createUiHost(doc);
    const done = new AbortController();
    const card = renderCard(
      doc,
      view,
      target.match.stance,
      'hype-lens-card',
      options.actions(target),
    );
    card.setAttribute('popover', 'manual');
    // Only the user's own pointer and keys count: a page script may dispatch events at us.
    card.addEventListener(
      'pointerenter',
      (e) => isFromUser(e) && ((inCard = true), cancelClose()),
      {
        signal: done.signal,
      },
    );
    card.addEventListener(
      'pointerleave',
      (e) => isFromUser(e) && ((inCard = false), scheduleClose()),
      {
        signal: done.signal,
      },
    );
    trapFocus(card, done.signal);
    ui.shadow.append(card);
    card.showPopover?.();
    shown = { target, ui, card, returnFocus, done };
    place(x, y);
    if (focus) card.focus({ preventScroll: true });
    return true;
  };
  const onMove = (x: number, y: number): void => {
    const hit = hitTest(doc, options.found(), x, y);
    if (hit && hit === shown?.target) return cancelClose();
    if (hit !== pending) {
      clearTimeout(openTimer);
      pending = hit;
      if (hit) openTimer = setTimeout(() => void open(hit, false, x, y), openDelay());
    }
    if (!hit && !inCard) scheduleClose();
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!isFromUser(event)) return;
      // One hit-test per frame, at the pointer's latest place: a move that lands in a frame
      // already scheduled must not be dropped (the pointer may stop right there).
      last = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        onMove(last.x, last.y);
      });
    },
    { passive: true, signal },
  );
  // A pointer that leaves the document (the window, or a frame's document for its parent page)
  // sends no more moves here: treat it as a move to nowhere, or a frame's card would stay open.
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (!isFromUser(event) || event.relatedTarget !== null) return;
      cancelAnimationFrame(frame);
      frame = 0;
      onMove(-1, -1);
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (e) => isFromUser(e) && e.key === 'Escape' && shown && close(), {
    signal,
  });
  // A click outside closes a card that was opened from the keyboard (hover cards close on leave).
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (shown && isFromUser(event) && !event.composedPath().includes(shown.ui.host)) close();
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener('scroll', () => shown && place(), { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(openTimer);
    cancelClose();
    cancelAnimationFrame(frame);
    close();
  });
  return { open: (target, focus) => open(target, focus), close };
}
