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

/** How many runs a step passes over without matching them before it yields. */
const SKIP_STEP = 16;

/**
 * A full scan as a sequence of small steps (for `runSliced`): the runs on
 * screen are matched first and painted (`onVisibleDone`), with the rest of
 * the page below, then a second walk matches the runs above the viewport,
 * known by their first text node. Each run is matched as soon as it is
 * walked and then let go: holding every run of a 200,000-node page until
 * the walk ended kept a wrapper of each of its nodes alive, and every
 * minor GC paid for them (steps of 25-65 ms). A block the page adds or
 * changes meanwhile is the watcher's to rescan: the second walk matches
 * only what the first one left, so nothing is matched twice.
 */
export function* fullScanWork(
  root: Node,
  viewportHeight: number,
  sink: ScanSink,
  order = new ViewportOrder(viewportHeight),
): Generator<void> {
  const doc = root.ownerDocument ?? (root as Document);
  const later = new Set<Node>();
  let painted = false;
  let passed = 0;
  for (const run of iterateRuns(root, sink.walk)) {
    const place = order.next(run);
    const first = run.nodes[0];
    if (place === 'above' && first) {
      later.add(first);
      if ((passed += 1) % SKIP_STEP === 0) yield;
      continue;
    }
    if (place === 'below' && !painted && order.onScreen > 0) {
      painted = true;
      sink.onVisibleDone();
    }
    sink.add(matchRun(doc, run, sink.findHype));
    yield;
  }
  if (!painted && order.onScreen > 0) sink.onVisibleDone();
  if (later.size === 0) return;
  for (const run of iterateRuns(root, sink.walk)) {
    const first = run.nodes[0];
    if (!first || !later.delete(first)) {
      if ((passed += 1) % SKIP_STEP === 0) yield;
      continue;
    }
    sink.add(matchRun(doc, run, sink.findHype));
    if (later.size === 0) return;
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
