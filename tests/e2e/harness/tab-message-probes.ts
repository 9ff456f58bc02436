/*
 * Tab messages sent from inside the extension, as the background does for
 * the keyboard command. Serialised like the other probes: self-contained.
 */

interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

/** Sends `nextHighlight` to every tab; only a page with our content script answers. */
export async function sendNextHighlight(): Promise<number> {
  const api = ((globalThis as unknown as { browser?: TabsApi }).browser ??
    (globalThis as unknown as { chrome: TabsApi }).chrome) as TabsApi;
  let answered = 0;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      await api.tabs.sendMessage(tab.id, {
        hypeLens: 1,
        tab: true,
        type: 'nextHighlight',
        data: {},
      });
      answered += 1;
    } catch {
      // A tab without our content script (the extension page itself, about:blank).
    }
  }
  return answered;
}
