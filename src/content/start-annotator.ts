import type { CardView } from '../core/packs/card-view';
import type { PageSettings } from '../core/settings/settings';
import type { MatchReport } from '../shared/protocol';
import type { PageSummary } from '../shared/tab-protocol';
import type { ChangedRoots } from './changed-roots';
import { compareRanges } from './compare-ranges';
import type { FoundMatch } from './found-match';
import { createHighlightPainter } from './highlight-painter';
import { hoverCards } from './hover-cards';
import { isInsideSkipped } from './inside-skipped';
import type { FindHype } from './match-run';
import { MatchStore } from './match-store';
import { revealTarget } from './reveal-target';
import { runSliced } from './run-sliced';
import { fullScanWork, rootsScanWork, type ScanSink } from './scan-work';
import { countByMyth, shownMatches } from './shown-matches';
import { HOST_TAG } from './ui-host';
import { watchDom, type DomWatch } from './watch-dom';

export interface AnnotatorDeps {
  doc: Document;
  /** The matcher; asked again for each scan, so new packs take effect on the next full scan. */
  findHype: FindHype;
  getCard: (myth: string) => Promise<CardView | null>;
  getPageSettings: (url: string) => Promise<PageSettings>;
  report: (report: MatchReport) => void;
  dismiss: (url: string, key: string) => void;
  hideMyth: (myth: string) => void;
  signal: AbortSignal;
}

/** What the tab messages can ask of a running annotator. */
export interface Annotator {
  settingsChanged(): Promise<void>;
  /** The matcher changed: rescan the whole page with it. */
  rescanAll(): Promise<void>;
  nextHighlight(): Promise<boolean>;
  summary(): PageSummary;
  reveal(index: number): Promise<boolean>;
  /** Resolves when the work queued so far is done (tests, benchmarks). */
  idle(): Promise<void>;
}

/** Test contract: one performance measure per batch of page changes followed. */
const RESCAN_MEASURE = 'hype-lens:rescan';

const isOurs = (node: Node): boolean =>
  node.nodeType === 1 && (node as Element).tagName.toLowerCase() === HOST_TAG;

/**
 * Scans the page in idle-time slices (the viewport first), paints the
 * highlights, follows the page's changes and serves cards, until the
 * signal aborts. Settings changes apply at once, without a reload.
 */
export function startAnnotator(deps: AnnotatorDeps): Annotator {
  const { doc, signal } = deps;
  const store = new MatchStore();
  const painter = createHighlightPainter({ view: doc.defaultView, signal });
  let settings: PageSettings | undefined;
  let dismissedHere = new Set<string>();
  let shown: FoundMatch[] = [];
  let url = doc.location?.href ?? '';
  let watching: AbortController | undefined;
  let domWatch: DomWatch | undefined;
  let queue: Promise<void> = Promise.resolve();
  let cursor: Range | undefined;
  let lastReport = '';

  const refresh = (): void => {
    shown = settings ? shownMatches(store.all(), settings, dismissedHere) : [];
    painter.paint(shown);
    const report: MatchReport = {
      enabled: settings?.enabled ?? false,
      count: shown.length,
      myths: countByMyth(shown),
    };
    const text = JSON.stringify(report);
    if (text === lastReport) return;
    lastReport = text;
    deps.report(report);
  };
  const sink: ScanSink = {
    findHype: deps.findHype,
    add: (found) => store.add(found),
    onVisibleDone: refresh,
    // Shadow roots are followed as the walks find them, by the same observer, until it stops.
    walk: {
      onShadowRoot: (root) => {
        domWatch?.observe(root);
        painter.followScroll(root);
      },
      onUndefined: (el) => domWatch?.awaitUpgrade(el),
    },
  };
  /** Runs jobs one after another: a rescan never overlaps another. */
  const enqueue = (job: () => Promise<void>): Promise<void> => {
    queue = queue.then(job).catch((error: unknown) => {
      if (!signal.aborted) console.warn('Hype Lens: scan failed:', error);
    });
    return queue;
  };
  const fullScan = async (): Promise<void> => {
    const start = performance.now();
    store.clear();
    const root = doc.body ?? doc.documentElement;
    const view = doc.defaultView;
    if (
      !(await runSliced(
        fullScanWork(root, view?.innerHeight ?? 800, sink),
        watching?.signal ?? signal,
      ))
    )
      return;
    refresh();
    performance.measure('hype-lens:scan', {
      start,
      end: performance.now(),
      detail: { matches: shown.length, myths: countByMyth(shown) },
    });
  };
  const rescan = async (changes: ChangedRoots): Promise<void> => {
    if (changes.all) return fullScan();
    const start = performance.now();
    const roots = changes.roots.filter((r) => r.isConnected && !isInsideSkipped(r));
    store.purgeDisconnected();
    for (const root of roots) store.removeWithin(root);
    await runSliced(rootsScanWork(roots, sink), watching?.signal ?? signal);
    refresh();
    // Only the latest stays in the timeline (a busy feed would pile them up); an observer sees each.
    performance.clearMeasures(RESCAN_MEASURE);
    performance.measure(RESCAN_MEASURE, {
      start,
      end: performance.now(),
      detail: { roots: roots.length },
    });
  };
  /** Fetches the page's settings and applies them; runs inside the queue. Says whether it scanned. */
  const applySettings = async (): Promise<boolean> => {
    url = doc.location?.href ?? url;
    let next: PageSettings | null | undefined;
    try {
      next = await deps.getPageSettings(url);
    } catch (error) {
      console.warn('Hype Lens: could not read the settings; keeping the last ones:', error);
    }
    // No answer (the extension was updated or its worker failed): the last good settings stay.
    if (signal.aborted || typeof next?.enabled !== 'boolean') return false;
    const wasEnabled = settings?.enabled ?? false;
    settings = next;
    dismissedHere = new Set(next.dismissed);
    if (next.enabled && !wasEnabled) {
      const watch = new AbortController();
      watching = watch;
      signal.addEventListener('abort', () => watch.abort(), { once: true });
      domWatch = watchDom(
        doc,
        isOurs,
        (changes) => void enqueue(() => onChanges(changes)),
        watch.signal,
      );
      await fullScan();
      return true;
    }
    if (!next.enabled && wasEnabled) {
      watching?.abort();
      watching = undefined;
      domWatch = undefined;
      cards.close();
      store.clear();
    }
    refresh();
    return false;
  };
  const onChanges = async (changes: ChangedRoots): Promise<void> => {
    // A single-page app moved on: its dismissals and maybe its site switch differ.
    if ((doc.location?.href ?? url) !== url) {
      if (!(await applySettings()) && settings?.enabled) await fullScan();
      return;
    }
    await rescan(changes);
  };
  const cards = hoverCards({
    doc,
    signal,
    // Only what is painted can be hovered (past the paint limit, not every match is).
    found: () => painter.painted(),
    getCard: deps.getCard,
    openDelay: () => settings?.hoverDelayMs ?? 400,
    actions: (target) => ({
      onNotHype: () => {
        dismissedHere.add(target.key);
        deps.dismiss(url, target.key);
        cards.close();
        refresh();
      },
      onHideMyth: () => {
        settings = settings && { ...settings, mythsOff: [...settings.mythsOff, target.match.myth] };
        deps.hideMyth(target.match.myth);
        cards.close();
        refresh();
      },
    }),
  });
  const reveal = async (target: FoundMatch | undefined): Promise<boolean> => {
    if (!target) return false;
    cursor = target.range;
    revealTarget(target);
    return cards.open(target, true);
  };
  // A page restored from the back/forward cache keeps its matches, but the badge was cleared on leaving.
  doc.defaultView?.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      lastReport = '';
      refresh();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    painter.clear();
    store.clear();
    shown = [];
  });
  void enqueue(async () => void (await applySettings()));
  return {
    settingsChanged: () => enqueue(async () => void (await applySettings())),
    rescanAll: () =>
      enqueue(async () => {
        if (settings?.enabled) await fullScan();
      }),
    nextHighlight: () => reveal(nextAfter(shown, cursor)),
    reveal: (index) => reveal(shown[index]),
    summary: () => ({
      url,
      enabled: settings?.enabled ?? false,
      matches: shown.map((f, index) => ({
        index,
        text: f.match.text,
        myth: f.match.myth,
        stance: f.match.stance,
      })),
    }),
    idle: () => queue,
  };
}

/** The first match after `cursor` in reading order, wrapping round to the first. */
function nextAfter(
  shown: readonly FoundMatch[],
  cursor: Range | undefined,
): FoundMatch | undefined {
  if (!cursor) return shown[0];
  const next = shown.find((f) => {
    try {
      return compareRanges(f.range, cursor) > 0;
    } catch {
      return false;
    }
  });
  return next ?? shown[0];
}
