import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { Driver, DriverOptions, Evaluated, ExtensionPageHandle } from './driver.js';
import { launchChromium } from './launch-chromium.js';

/** A {@link Driver} over playwright-core's Chromium. */
export async function openChromiumDriver(options: DriverOptions): Promise<Driver> {
  const launched = await launchChromium(options);
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  const logs: string[] = [];
  page.on('console', (message) => logs.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`uncaught: ${error.message}`));
  let closed = false;
  return {
    name: 'chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn: Evaluated, arg?: unknown) => page.evaluate(fn, arg) as Promise<never>,
    evaluateInExtension: (fn: Evaluated, arg?: unknown) =>
      launched.worker.evaluate(fn, arg) as Promise<never>,
    openExtensionPage: async (path, size) => {
      const tab = await launched.context.newPage();
      if (size) await tab.setViewportSize(size);
      await tab.goto(`chrome-extension://${launched.extensionId}/${path}`, { waitUntil: 'load' });
      return chromiumPageHandle(tab);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      return page.screenshot({ path, type: 'png', scale: 'css' });
    },
    logs: () => logs,
    close: async () => {
      if (closed) return;
      closed = true;
      await launched.close();
    },
  };
}

/** An {@link ExtensionPageHandle} over a playwright page. */
function chromiumPageHandle(tab: Page): ExtensionPageHandle {
  return {
    evaluate: (fn: Evaluated, arg?: unknown) => tab.evaluate(fn, arg) as Promise<never>,
    click: (selector) => tab.click(selector),
    press: (key) => tab.keyboard.press(key),
    chooseFile: (selector, path) => tab.setInputFiles(selector, path),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      return tab.screenshot({ path, type: 'png', scale: 'css' });
    },
    close: () => (tab.isClosed() ? Promise.resolve() : tab.close()),
  };
}
