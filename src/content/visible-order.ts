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
export type RunPlace = 'above' | 'on-screen' | 'unseen' | 'below';

/** Does the rect belong to text with a box? Text hidden by styles, or removed, measures all zeros. */
export const hasBox = (rect: DOMRect | undefined): rect is DOMRect =>
  rect !== undefined &&
  (rect.width !== 0 || rect.height !== 0 || rect.top !== 0 || rect.left !== 0);

/**
 * Tells, run by run in reading order, which runs are above the viewport
 * (their turn comes last), which are on screen (matched and painted first,
 * at most `maxVisible` of them), which have no box (text hidden by the
 * page's styles: 'above' until something is on screen, then 'unseen',
 * matched where it stands) and which follow the viewport (once one run
 * is below it, every later one is, and no layout is read again). A run
 * on screen before the viewport's own text (a fixed header at the top of
 * the DOM) does not end the runs above.
 */
export class ViewportOrder {
  private shown = 0;
  private passed = false;

  constructor(
    private readonly viewportHeight: number,
    private readonly maxVisible = 400,
    private readonly rectFor: (run: TextRun) => DOMRect | undefined = rectOf,
  ) {}

  /** The place of the next run of the page. */
  next(run: TextRun): RunPlace {
    if (this.passed) return 'below';
    const rect = this.rectFor(run);
    if (!hasBox(rect)) return this.shown === 0 ? 'above' : 'unseen';
    if (rect.bottom < 0) return 'above';
    if (this.shown >= this.maxVisible || rect.top > this.viewportHeight) {
      this.passed = true;
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
