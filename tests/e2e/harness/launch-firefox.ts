import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { executablePaths, extensionDirs } from './paths.js';
import { acceptLanguages, languageOf, type UiLocale } from './ui-locale.js';
import { viewport } from './viewport.js';

/** Firefox with the extension installed, in a throwaway profile. */
export interface LaunchedFirefox {
  readonly browser: Browser;
  readonly addonId: string;
  /** `moz-extension://<uuid>/`, fixed before install so pages of the extension can be opened. */
  readonly extensionOrigin: string;
  /** Closes the browser and deletes its temp dir. */
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Browser UI language; needs that language pack (Debian: firefox-esr-l10n-ko). Default 'en-US'. */
  locale?: UiLocale;
}

async function geckoIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id)
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Launches headless Firefox over WebDriver BiDi and installs the firefox-mv2
 * build as a temporary add-on. Profile and Firefox's own temp files go to a
 * private dir (puppeteer otherwise leaves firefox-profile* dirs behind).
 */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const locale = options.locale ?? 'en-US';
  const extensionDir = extensionDirs.firefox;
  const geckoId = await geckoIdOf(extensionDir);
  const uuid = randomUUID();
  const ownTmp = await mkdtemp(join(tmpdir(), 'hype-lens-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executablePaths.firefox,
      headless: true,
      userDataDir: join(ownTmp, 'profile'),
      env: { ...process.env, TMPDIR: ownTmp },
      defaultViewport: viewport,
      // Lets BiDi navigate tabs to moz-extension:// pages (see firefox-driver.ts).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'intl.locale.requested': locale === 'en-US' ? 'en-US' : languageOf(locale),
        'intl.accept_languages': acceptLanguages(locale),
        // Fixes the add-on's internal UUID, hence its moz-extension:// origin.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      },
    });
    const addonId = await browser.installExtension(extensionDir);
    const opened = browser;
    return {
      browser: opened,
      addonId,
      extensionOrigin: `moz-extension://${uuid}/`,
      close: async () => {
        await opened.close().catch(() => undefined);
        await rm(ownTmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await rm(ownTmp, { recursive: true, force: true });
    throw error;
  }
}
