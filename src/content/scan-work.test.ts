// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { fullScanWork, type ScanSink } from './scan-work';
import type { TextRun } from './text-run';
import { ViewportOrder } from './visible-order';

/** Ten paragraphs, 100 px apart; the viewport (250 px high) is scrolled to `scrollY`. */
function page(scrollY: number): { order: ViewportOrder; root: HTMLElement } {
  setBody(Array.from({ length: 10 }, (_, i) => `<p>paragraph ${i}</p>`).join(''));
  const rectFor = (run: TextRun): DOMRect => {
    const i = Number(run.text.split(' ')[1]);
    return { top: i * 100 - scrollY, bottom: i * 100 + 20 - scrollY } as DOMRect;
  };
  return { order: new ViewportOrder(250, 400, rectFor), root: document.body };
}

/** Runs the work to its end; says which paragraphs were matched, in order, and where the paint came. */
function scan(root: HTMLElement, order: ViewportOrder): string[] {
  const log: string[] = [];
  const sink: ScanSink = {
    findHype: (text) => {
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
});
