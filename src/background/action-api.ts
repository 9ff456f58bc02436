import { browser } from 'wxt/browser';

/** The toolbar-button calls we use; the same in MV3 `action` and MV2 `browserAction`. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
}

/** `action` (Chrome MV3) or `browserAction` (the Firefox MV2 build). */
export function actionApi(): ActionApi {
  // The MV2 build has no `action`; the types only know the MV3 name.
  const api = browser.action ?? (browser as unknown as { browserAction: unknown }).browserAction;
  return api as unknown as ActionApi;
}
