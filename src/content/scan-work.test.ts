// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { fullScanWork, type ScanSink } from './scan-work';
import type { TextRun } from './text-run';
import { ViewportOrder } from './visible-order';

/**
 * Ten paragraphs, 100 px apart; the viewport (250 px high) is scrolled to
 * `scrollY`. Paragraphs in `hidden` have no box; those in `fixed` stand at
 * the top of the viewport whatever the scroll.
 */
function page(
  scrollY: number,
  { hidden = [], fixed = [] }: { hidden?: number[]; fixed?: number[] } = {},
): { order: ViewportOrder; root: HTMLElement } {
  setBody(Array.from({ length: 10 }, (_, i) => `<p>paragraph ${i}</p>`).join(''));
  const rectFor = (run: TextRun): DOMRect => {
    const i = Number(run.text.split(' ')[1]);
    if (hidden.includes(i)) return { top: 0, bottom: 0, left: 0, width: 0, height: 0 } as DOMRect;
    const top = fixed.includes(i) ? 0 : i * 100 - scrollY;
    return { top, bottom: top + 20, left: 8, width: 400, height: 20 } as DOMRect;
  };
  return { order: new ViewportOrder(250, 400, rectFor), root: document.body };
}

/** Runs the work to its end; says which paragraphs were matched, in order, and where the paint came. */
function scan(root: HTMLElement, order: ViewportOrder, onFirst?: () => void): string[] {
  const log: string[] = [];
  const sink: ScanSink = {
    findHype: (text) => {
      if (log.length === 0) onFirst?.();
      log.push(text.split(' ')[1] ?? '?');
      return [];
    },
    add: () => undefined,
    onVisibleDone: () => log.push('paint'),
  };
  const work = fullScanWork(root, 250, sink, order);
  while (!work.next().done);
  return log;
}

describe('fullScanWork', () => {
  it('matches what is on screen first, paints, then the rest below, then what is above', () => {
    const { root, order } = page(400); // paragraphs 4 to 6 on screen
    expect(scan(root, order)).toEqual(['4', '5', '6', 'paint', '7', '8', '9', '0', '1', '2', '3']);
  });

  it('matches every run once, in reading order, on a page not scrolled', () => {
    const { root, order } = page(0);
    expect(scan(root, order)).toEqual(['0', '1', '2', 'paint', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('paints at the end when the page ends on screen, and when it is all above', () => {
    const end = page(800);
    expect(scan(end.root, end.order)).toEqual([
      '8',
      '9',
      'paint',
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    const { root, order } = page(5000);
    expect(scan(root, order)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('leaves hidden text above the viewport for later, and a fixed header does not end the part above', () => {
    const hidden = page(400, { hidden: [1] });
    expect(scan(hidden.root, hidden.order)).toEqual([
      ...['4', '5', '6', 'paint', '7', '8', '9'],
      ...['0', '1', '2', '3'],
    ]);
    const header = page(400, { fixed: [0] });
    expect(scan(header.root, header.order)).toEqual([
      ...['0', '4', '5', '6', 'paint', '7', '8', '9'],
      ...['1', '2', '3'],
    ]);
  });

  it('matches every paragraph once when the page adds or removes blocks above meanwhile', () => {
    const added = page(400);
    const log = scan(added.root, added.order, () => {
      const banner = document.createElement('p');
      banner.textContent = 'cookie banner';
      document.body.prepend(banner, banner.cloneNode(true));
    });
    // The added blocks are the watcher's to rescan; every paragraph of the page is matched once.
    expect(log.filter((x) => x !== 'paint').sort()).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].sort(),
    );
    const removed = page(400);
    const after = scan(removed.root, removed.order, () =>
      document.body.firstElementChild?.remove(),
    );
    expect(after.filter((x) => x !== 'paint').sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9'].sort(),
    );
  });
});
