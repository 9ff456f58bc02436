import { changedRoots, type ChangedRoots } from './changed-roots';

/** Past this many queued records, keeping them costs more than a full rescan. */
const MAX_QUEUED_RECORDS = 5000;

/**
 * One MutationObserver over the document. Its callback only queues the
 * records; `onChanges` runs later, in idle time, with the batch boiled
 * down to subtrees (see changedRoots). Stops when `signal` aborts.
 */
export function watchDom(
  doc: Document,
  ignore: (node: Node) => boolean,
  onChanges: (changes: ChangedRoots) => void,
  signal: AbortSignal,
): void {
  let queued: MutationRecord[] = [];
  let overflow = false;
  let scheduled = false;
  const win = doc.defaultView ?? window;
  const flush = (): void => {
    scheduled = false;
    if (signal.aborted) return;
    const records = queued;
    const all = overflow;
    queued = [];
    overflow = false;
    if (all) onChanges({ all: true });
    else if (records.length > 0) onChanges(changedRoots(records, ignore));
  };
  const observer = new MutationObserver((records) => {
    // A storm of changes is not kept record by record: past the cap, the next batch rescans the page.
    if (!overflow) for (const r of records) queued.push(r);
    if (queued.length > MAX_QUEUED_RECORDS) {
      overflow = true;
      queued = [];
    }
    if (scheduled) return;
    scheduled = true;
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(flush, { timeout: 200 });
    else win.setTimeout(flush, 50);
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    queued = [];
  });
}
