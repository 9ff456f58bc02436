import { iterateRuns, type WalkHooks } from './collect-runs';
import type { FoundMatch } from './found-match';
import { matchRun, type FindHype } from './match-run';
import type { TextRun } from './text-run';
import { visibleFirst } from './visible-order';

export interface ScanSink {
  findHype: FindHype;
  /** Receives the matches of each run as it is matched. */
  add(found: readonly FoundMatch[]): void;
  /** The visible part of a full scan is done: paint now. */
  onVisibleDone(): void;
  /** Told of the shadow roots and undefined custom elements the walks meet. */
  walk?: WalkHooks;
}

/**
 * A full scan as a sequence of small steps (for `runSliced`): walk the
 * page into runs, then match the runs in the viewport, report, then the
 * rest of the page.
 */
export function* fullScanWork(root: Node, viewportHeight: number, sink: ScanSink): Generator<void> {
  const doc = root.ownerDocument ?? (root as Document);
  const runs: TextRun[] = [];
  for (const run of iterateRuns(root, sink.walk)) {
    runs.push(run);
    if (runs.length % 64 === 0) yield;
  }
  const { ordered, visible } = visibleFirst(runs, viewportHeight);
  for (let i = 0; i < ordered.length; i += 1) {
    sink.add(matchRun(doc, ordered[i] as TextRun, sink.findHype));
    if (i + 1 === visible) sink.onVisibleDone();
    yield;
  }
}

/** Rescans the given subtrees, run by run. */
export function* rootsScanWork(roots: readonly Node[], sink: ScanSink): Generator<void> {
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    for (const run of iterateRuns(root, sink.walk)) {
      sink.add(matchRun(doc, run, sink.findHype));
      yield;
    }
  }
}
