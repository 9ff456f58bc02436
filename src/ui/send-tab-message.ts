import { browser } from 'wxt/browser';
import type { TabEnvelope, TabMessageType, TabProtocolMap } from '../shared/tab-protocol';

/** Sends a typed message to the content script of a tab's top frame; rejects when none answers. */
export async function sendTabMessage<K extends TabMessageType>(
  tabId: number,
  type: K,
  data: TabProtocolMap[K]['request'],
): Promise<TabProtocolMap[K]['response']> {
  const envelope: TabEnvelope<K> = { hypeLens: 1, tab: true, type, data };
  return (await browser.tabs.sendMessage(tabId, envelope, {
    frameId: 0,
  })) as TabProtocolMap[K]['response'];
}
