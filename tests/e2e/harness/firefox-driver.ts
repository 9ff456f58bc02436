import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Driver, DriverOptions, Evaluated, ExtensionPageHandle } from './driver.js';
import { launchFirefox } from './launch-firefox.js';
import { viewport } from './viewport.js';

/**
 * The extension document the tests evaluate in. Firefox's BiDi exposes no
 * background context, but any moz-extension:// document gets the extension
 * API; the manifest always exists and runs none of the extension's code.
 */
const extensionDocument = 'manifest.json';

interface BidiNavigable {
  browsingContext?: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

/**
 * `page.goto` to a moz-extension:// URL navigates, but puppeteer never sees it
 * finish (the tab switches to the extension process) and times out; a plain
 * BiDi `browsingContext.navigate` with wait=complete returns once loaded.
 */
async function navigateToExtensionPage(tab: Page, url: string): Promise<void> {
  const context = (tab.mainFrame() as unknown as BidiNavigable).browsingContext;
  if (!context) throw new Error('puppeteer-core changed: BidiFrame.browsingContext is gone');
  await context.navigate(url, 'complete');
}

/** A {@link Driver} over puppeteer-core's Firefox (WebDriver BiDi). */
export async function openFirefoxDriver(options: DriverOptions): Promise<Driver> {
  const launched = await launchFirefox(options);
  const { browser } = launched;
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // The initial tab predates puppeteer's defaultViewport.
  await page.setViewport(viewport);
  const logs: string[] = [];
  page.on('console', (message) => logs.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`uncaught: ${String(error)}`));
  let closed = false;
  return {
    name: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn: Evaluated, arg?: unknown) => page.evaluate(fn, arg) as Promise<never>,
    evaluateInExtension: async (fn: Evaluated, arg?: unknown) => {
      const tab = await browser.newPage();
      try {
        await navigateToExtensionPage(tab, launched.extensionOrigin + extensionDocument);
        return (await tab.evaluate(fn, arg)) as never;
      } finally {
        await tab.close();
        await page.bringToFront();
      }
    },
    openExtensionPage: async (path, size) => {
      const tab = await browser.newPage();
      if (size) await tab.setViewport(size);
      await navigateToExtensionPage(tab, launched.extensionOrigin + path);
      return firefoxPageHandle(tab, () => page.bringToFront());
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      return Buffer.from(await page.screenshot({ path: path as `${string}.png`, type: 'png' }));
    },
    logs: () => logs,
    close: async () => {
      if (closed) return;
      closed = true;
      await launched.close();
    },
  };
}

/** An {@link ExtensionPageHandle} over a puppeteer page; closing brings the test tab back to the front. */
function firefoxPageHandle(tab: Page, onClose: () => Promise<void>): ExtensionPageHandle {
  let closed = false;
  return {
    evaluate: (fn: Evaluated, arg?: unknown) => tab.evaluate(fn, arg) as Promise<never>,
    click: (selector) => tab.click(selector),
    press: (key) => tab.keyboard.press(key as never),
    chooseFile: async (selector, path) => {
      const input = await tab.$(selector);
      if (!input) throw new Error(`no element matches ${selector}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      return Buffer.from(await tab.screenshot({ path: path as `${string}.png`, type: 'png' }));
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await tab.close();
      await onClose();
    },
  };
}
