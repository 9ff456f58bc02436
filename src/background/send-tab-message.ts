import { browser } from 'wxt/browser';
import type { TabEnvelope, TabMessageType, TabProtocolMap } from '../shared/tab-protocol';

/**
 * Sends a typed message to a tab's content script (the top frame when
 * `frameId` is 0, every frame when it is left out). Rejects when the tab
 * has no script of ours, as the browser does.
 */
export async function sendTabMessage<K extends TabMessageType>(
  tabId: number,
  type: K,
  data: TabProtocolMap[K]['request'],
  frameId?: number,
): Promise<TabProtocolMap[K]['response']> {
  const envelope: TabEnvelope<K> = { hypeLens: 1, tab: true, type, data };
  const options = frameId === undefined ? {} : { frameId };
  return (await browser.tabs.sendMessage(
    tabId,
    envelope,
    options,
  )) as TabProtocolMap[K]['response'];
}
