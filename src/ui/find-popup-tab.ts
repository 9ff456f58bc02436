import { browser } from 'wxt/browser';
import type { PopupTab } from './start-popup';

/**
 * The tab the popup is about: the active tab of the current window, or,
 * as a testing hook, the tab named by `?tab=<id>` in the popup's own URL
 * (tests open the popup as an ordinary tab beside the page).
 */
export async function findPopupTab(search: string): Promise<PopupTab | null> {
  const param = new URLSearchParams(search).get('tab');
  const named = param === null ? NaN : Number(param);
  const tab = Number.isInteger(named)
    ? await browser.tabs.get(named)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return tab.url === undefined ? { id: tab.id } : { id: tab.id, url: tab.url };
}
