import type { CardView } from '../core/packs/card-view';
import type { FoundMatch } from './found-match';
import { hoverCards } from './hover-cards';
import { paintHighlights } from './paint-highlights';
import { scanPage, type FindHype } from './scan-page';

export interface AnnotatorDeps {
  doc: Document;
  findHype: FindHype;
  getCard: (myth: string) => Promise<CardView | null>;
  signal: AbortSignal;
}

/** Scans the page, paints the highlights and serves cards on hover, until the signal aborts. */
export function startAnnotator({ doc, findHype, getCard, signal }: AnnotatorDeps): void {
  let found: FoundMatch[] = [];
  const body = doc.body ?? doc.documentElement;
  found = scanPage(body, findHype);
  const unpaint = paintHighlights(found);
  hoverCards({ doc, signal, getCard, found: () => found });
  signal.addEventListener('abort', () => {
    unpaint();
    found = [];
  });
}
