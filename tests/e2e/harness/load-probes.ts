/*
 * Probes for hostile-huge.html (serialised like page-probes: self-contained).
 */

export interface LoadReading {
  kind: string;
  built: boolean;
  churning: boolean;
  /** Claims the page holds now. */
  claims: number;
  /** Highlighted ranges that start with "Scaling" (one per claim). */
  highlightedClaims: number;
  textNodes: number;
  bytes: number;
  longtaskSupported: boolean;
  longestTask: number;
  longTasks: number;
  /** Longest stall of a 10 ms heartbeat since the meters were reset (ms). */
  heartbeatMax: number;
  /** hype-lens measures seen since load, and ms since the last one ended. */
  ours: number;
  quietFor: number;
  /** Chromium's performance.memory (the page's and our isolated world's heap), else null. */
  heapMb: number | null;
}

interface LoadState {
  kind: string;
  built: boolean;
  churning: boolean;
  claims: number;
  textNodes: number;
  bytes: number;
  longtaskSupported: boolean;
  longtasks: number[];
  heartbeatMax: number;
  ours: number;
  lastOurs: number;
}

/** What the page did and measured so far. */
export function readLoad(prefix: string): LoadReading {
  const load = (window as unknown as { __load: LoadState }).__load;
  let highlightedClaims = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((r) => {
      if ((r as Range).toString().startsWith('Scaling')) highlightedClaims += 1;
    });
  });
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    kind: load.kind,
    built: load.built,
    churning: load.churning,
    claims: load.claims,
    highlightedClaims,
    textNodes: load.textNodes,
    bytes: load.bytes,
    longtaskSupported: load.longtaskSupported,
    longestTask: Math.max(0, ...load.longtasks),
    longTasks: load.longtasks.length,
    heartbeatMax: load.heartbeatMax,
    ours: load.ours,
    quietFor: load.lastOurs === 0 ? 0 : Math.round(performance.now() - load.lastOurs),
    heapMb: memory ? Math.round(memory.usedJSHeapSize / 1e5) / 10 : null,
  };
}

/** Starts the meters afresh (longest task, heartbeat) for the next phase. */
export function resetMeters(): void {
  const load = (window as unknown as { __load: LoadState }).__load;
  load.longtasks = [];
  load.heartbeatMax = 0;
}

/** Starts the page's churn (scroll or storm). */
export function startChurn(): void {
  (window as unknown as { __startChurn: () => void }).__startChurn();
}

/** Resolves once the page has rendered a frame (its own first layout of a huge DOM is done). */
export function afterFirstFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}
