import type { TextRun } from './text-run';

/** Where a run's first text stands on screen (undefined when it has none). */
export function rectOf(run: TextRun): DOMRect | undefined {
  const node = run.nodes[0];
  if (!node) return undefined;
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** Where a run stands against the viewport, as a full scan orders its work. */
export type RunPlace = 'above' | 'on-screen' | 'below';

/**
 * Tells, run by run in reading order, which runs are above the viewport
 * (their turn comes last), which are on screen (matched and painted first,
 * at most `maxVisible` of them) and which follow. Reading order is (nearly)
 * vertical order, so once a run is not above, none after it is asked about
 * that, and once one is below, no layout is read again.
 */
export class ViewportOrder {
  private place: RunPlace = 'above';
  private shown = 0;

  constructor(
    private readonly viewportHeight: number,
    private readonly maxVisible = 400,
    private readonly rectFor: (run: TextRun) => DOMRect | undefined = rectOf,
  ) {}

  /** The place of the next run of the page. */
  next(run: TextRun): RunPlace {
    if (this.place === 'below') return 'below';
    const rect = this.rectFor(run);
    if (this.place === 'above') {
      if (rect && rect.bottom < 0) return 'above';
      this.place = 'on-screen';
    }
    if (this.shown >= this.maxVisible || (rect && rect.top > this.viewportHeight)) {
      this.place = 'below';
      return 'below';
    }
    this.shown += 1;
    return 'on-screen';
  }

  /** How many runs were on screen. */
  get onScreen(): number {
    return this.shown;
  }
}
