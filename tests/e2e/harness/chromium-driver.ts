import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Driver, DriverOptions, Evaluated } from './driver.js';
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
    evaluateInExtension: (fn: Evaluated) => launched.worker.evaluate(fn) as Promise<never>,
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
