import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { executablePaths, extensionDirs } from './paths.js';
import { languageOf, type UiLocale } from './ui-locale.js';
import { viewport } from './viewport.js';

/** Chromium with the extension loaded, in a throwaway profile. */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** The extension's MV3 service worker. */
  readonly worker: Worker;
  readonly extensionId: string;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Browser UI language; the extension's UI language follows it. Default 'en-US'. */
  locale?: UiLocale;
}

/**
 * Launches headless Chromium with the chrome-mv3 build. On Linux Chromium
 * takes its UI language from LANGUAGE (it ignores `--lang` for that), and only
 * for languages whose .pak it has: Debian's `chromium-l10n` package.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<LaunchedChromium> {
  const locale = options.locale ?? 'en-US';
  const extensionDir = extensionDirs.chromium;
  // Profile and Chromium's own temp files (org.chromium.Chromium.* singleton dirs) in one private dir.
  const ownTmp = await mkdtemp(join(tmpdir(), 'hype-lens-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(ownTmp, 'profile'), {
      executablePath: executablePaths.chromium,
      headless: true,
      locale,
      viewport,
      deviceScaleFactor: 1,
      env: {
        ...process.env,
        TMPDIR: ownTmp,
        LANGUAGE: locale.replace('-', '_') + ':' + languageOf(locale),
      },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        `--lang=${locale}`,
      ],
    });
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const opened = context;
    return {
      context: opened,
      worker,
      extensionId,
      close: async () => {
        await opened.close().catch(() => undefined);
        await rm(ownTmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await rm(ownTmp, { recursive: true, force: true });
    throw error;
  }
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error(
      `the extension's service worker never started: is ${extensionDirs.chromium} a valid MV3 build with a background?`,
    );
  }
}
