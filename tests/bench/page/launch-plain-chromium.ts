import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { executablePaths } from '../../e2e/harness/paths.js';
import { viewport } from '../../e2e/harness/viewport.js';

/** Chromium without the extension: where the peer (mark.js) and the baseline heap run. */
export interface PlainChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with the same flags as the harness, minus the extension. */
export async function launchPlainChromium(): Promise<PlainChromium> {
  const browser: Browser = await chromium.launch({
    executablePath: executablePaths.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  return { context, close: () => browser.close().catch(() => undefined) };
}
