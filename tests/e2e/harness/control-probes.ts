/*
 * Functions the control tests run inside the extension (Chromium's service
 * worker, a Firefox extension page). Serialised like the other probes:
 * self-contained, no imports, no outer variables.
 */

/**
 * The id of the tab showing `url` (the test tab), or -1 when no tab does.
 * Without the `tabs` permission the extension may not see tab URLs, so each
 * tab's content script is asked for its page's URL (`getPageSummary`).
 */
export async function findTabId(url: string): Promise<number> {
  interface TabsApi {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, message: unknown, options?: object): Promise<unknown>;
    };
  }
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (g.browser ?? g.chrome) as TabsApi;
  const tabs = await api.tabs.query({});
  const seen = tabs.find((tab) => tab.url === url)?.id;
  if (seen !== undefined) return seen;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      const summary = (await api.tabs.sendMessage(
        tab.id,
        { hypeLens: 1, tab: true, type: 'getPageSummary', data: {} },
        { frameId: 0 },
      )) as { url?: string } | null;
      if (summary?.url === url) return tab.id;
    } catch {
      // No content script in that tab (an extension page, about:blank).
    }
  }
  return -1;
}

/** The badge text of tab `tabId`: `action` in MV3 (Chromium), `browserAction` in Firefox MV2. */
export async function readBadgeText(tabId: number): Promise<string> {
  interface BadgeApi {
    getBadgeText(details: { tabId: number }): Promise<string>;
  }
  const g = globalThis as unknown as {
    browser?: { action?: BadgeApi; browserAction?: BadgeApi };
    chrome?: { action?: BadgeApi; browserAction?: BadgeApi };
  };
  const api = g.browser ?? g.chrome;
  const badge = api?.action ?? api?.browserAction;
  if (!badge) throw new Error('neither action nor browserAction is available');
  return badge.getBadgeText({ tabId });
}

/** Forgets every setting and dismissed match, so a test starts from the defaults. */
export async function clearStoredSettings(): Promise<void> {
  interface StorageApi {
    storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } };
  }
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = (g.browser ?? g.chrome) as StorageApi;
  await api.storage.local.clear();
  await api.storage.sync.clear().catch(() => undefined);
}
