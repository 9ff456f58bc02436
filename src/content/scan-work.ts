import { iterateRuns, type WalkHooks } from './collect-runs';
import type { FoundMatch } from './found-match';
import { matchRun, type FindHype } from './match-run';
import { ViewportOrder } from './visible-order';

export interface ScanSink {
  findHype: FindHype;
  /** Receives the matches of each run as it is matched. */
  add(found: readonly FoundMatch[]): void;
  /** The visible part of a full scan is done: paint now. */
  onVisibleDone(): void;
  /** Told of the shadow roots and undefined custom elements the walks meet. */
  walk?: WalkHooks;
}

/** How many skipped runs (above the viewport) a step passes over before it yields. */
const SKIP_STEP = 16;

/**
 * A full scan as a sequence of small steps (for `runSliced`): the runs on
 * screen are matched first and painted (`onVisibleDone`), then the rest of
 * the page below, then a second walk matches the part above the viewport.
 * Each run is matched as soon as it is walked and then let go: holding every
 * run of a 200,000-node page until the walk ended kept a wrapper of each of
 * its nodes alive, and every minor GC paid for them (steps of 25-65 ms).
 */
export function* fullScanWork(
  root: Node,
  viewportHeight: number,
  sink: ScanSink,
  order = new ViewportOrder(viewportHeight),
): Generator<void> {
  const doc = root.ownerDocument ?? (root as Document);
  let above = 0;
  let painted = false;
  let firstShown: Node | undefined;
  for (const run of iterateRuns(root, sink.walk)) {
    const place = order.next(run);
    if (place === 'above') {
      above += 1;
      if (above % SKIP_STEP === 0) yield;
      continue;
    }
    firstShown ??= run.nodes[0];
    if (place === 'below' && !painted && order.onScreen > 0) {
      painted = true;
      sink.onVisibleDone();
    }
    sink.add(matchRun(doc, run, sink.findHype));
    yield;
  }
  if (!painted && order.onScreen > 0) sink.onVisibleDone();
  if (above === 0) return;
  // The part above the viewport: the same walk again, up to where the first one began to match.
  let n = 0;
  for (const run of iterateRuns(root, sink.walk)) {
    if (n >= above || (firstShown !== undefined && run.nodes[0] === firstShown)) return;
    n += 1;
    sink.add(matchRun(doc, run, sink.findHype));
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
