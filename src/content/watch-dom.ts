import { changedRoots, type ChangedRoots } from './changed-roots';

/** Past this many queued records, keeping them costs more than a full rescan. */
const MAX_QUEUED_RECORDS = 5000;

/**
 * Custom elements waiting for their definition are looked at again after
 * these delays (ms) from the last one found, and at every batch of
 * changes. An upgrade that attaches and fills a shadow root changes
 * nothing the observer can see in the tree it watches, so it has to be
 * looked for; a page that defines its elements later than this is read
 * at its next change.
 */
const UPGRADE_CHECKS_MS = [250, 500, 1000, 2000, 4000, 8000];

/**
 * Most elements waiting for a definition. Frameworks name components like
 * custom elements (`<app-root>`) that are never defined: past this many,
 * the rest are read at their next change.
 */
const MAX_WAITING = 1000;

/** What the annotator tells the watcher as a walk finds it. */
export interface DomWatch {
  /** Follows the changes inside an open shadow root too (same observer, same signal). */
  observe(root: ShadowRoot): void;
  /** Rescans a custom element, not defined yet, once it is upgraded (it may get a shadow root). */
  awaitUpgrade(el: Element): void;
}

const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
};

/**
 * One MutationObserver over the document and every open shadow root the
 * walks found. Its callback only queues the records; `onChanges` runs
 * later, in idle time, with the batch boiled down to subtrees (see
 * changedRoots). Stops, observer and timers alike, when `signal` aborts.
 */
export function watchDom(
  doc: Document,
  ignore: (node: Node) => boolean,
  onChanges: (changes: ChangedRoots) => void,
  signal: AbortSignal,
): DomWatch {
  let queued: MutationRecord[] = [];
  let overflow = false;
  let scheduled = false;
  const observed = new WeakSet<ShadowRoot>();
  const waiting = new Set<Element>();
  let upgraded: Element[] = [];
  let check: ReturnType<typeof setTimeout> | undefined;
  let checks = 0;
  const win = doc.defaultView ?? window;
  /** Moves the waiting elements that were upgraded (or left) out of the waiting set. */
  const collectUpgraded = (): void => {
    for (const el of waiting) {
      if (!el.isConnected) waiting.delete(el);
      else if (el.shadowRoot || el.matches(':defined')) {
        waiting.delete(el);
        upgraded.push(el);
      }
    }
  };
  const flush = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    collectUpgraded();
    const records = queued;
    const extra = upgraded;
    const all = overflow;
    queued = [];
    upgraded = [];
    overflow = false;
    if (all) onChanges({ all: true });
    else if (records.length > 0 || extra.length > 0)
      onChanges(changedRoots(records, ignore, extra));
  };
  const schedule = (): void => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(flush, { timeout: 200 });
    else win.setTimeout(flush, 50);
  };
  const observer = new MutationObserver((records) => {
    // A storm of changes is not kept record by record: past the cap, the next batch rescans the page.
    if (!overflow) for (const r of records) queued.push(r);
    if (queued.length > MAX_QUEUED_RECORDS) {
      overflow = true;
      queued = [];
    }
    schedule();
  });
  const armCheck = (): void => {
    clearTimeout(check);
    check = undefined;
    const delay = UPGRADE_CHECKS_MS[checks];
    if (delay === undefined || waiting.size === 0 || signal.aborted) return;
    check = setTimeout(() => {
      checks += 1;
      collectUpgraded();
      if (upgraded.length > 0) schedule();
      armCheck();
    }, delay);
  };
  observer.observe(doc.documentElement, OPTIONS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(check);
    queued = [];
    upgraded = [];
    waiting.clear();
  });
  return {
    observe: (root) => {
      if (signal.aborted || observed.has(root)) return;
      observed.add(root);
      observer.observe(root, OPTIONS);
    },
    awaitUpgrade: (el) => {
      if (signal.aborted || waiting.has(el) || waiting.size >= MAX_WAITING) return;
      waiting.add(el);
      checks = 0;
      armCheck();
    },
  };
}
