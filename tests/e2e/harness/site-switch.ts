import { expect } from 'vitest';
import { findTabId } from './control-probes.js';
import type { Driver } from './driver.js';

/**
 * Flips the site switch for the test tab (showing `url`) from the popup, as
 * a user would, and waits for `effect` before closing the popup: closed at
 * once, the popup may take its message to the background with it.
 */
export async function flipSiteSwitch(
  d: Driver,
  url: string,
  effect: () => Promise<void>,
): Promise<void> {
  const tabId = await d.evaluateInExtension(findTabId, url);
  expect(tabId, `a tab shows ${url}`).toBeGreaterThanOrEqual(0);
  const popup = await d.openExtensionPage(`popup.html?tab=${tabId}`, { width: 360, height: 520 });
  try {
    await expect
      .poll(() => popup.evaluate(() => document.getElementById('site-switch') !== null), {
        timeout: 10_000,
      })
      .toBe(true);
    await popup.click('#site-switch');
    await effect();
  } finally {
    await popup.close();
  }
}
