/**
 * Gives the main thread back to the page between slices of our work, as a
 * new task at the back of the queue (a MessageChannel message: no 4 ms
 * clamp, unlike nested timers), so the page's own timers, messages and
 * network callbacks run before our next slice. Not `scheduler.yield()`: its
 * continuation goes ahead of the page's tasks, and in Chromium a full scan
 * of a 10 MB page held back the page's 10 ms timer for 3 s (hostile-huge E2E).
 */
export function yieldToPage(win: Window & typeof globalThis = window): Promise<void> {
  if (typeof win.MessageChannel !== 'function')
    return new Promise((resolve) => win.setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new win.MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
