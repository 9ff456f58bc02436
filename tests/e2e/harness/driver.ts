import type { BrowserName } from './paths.js';
import type { UiLocale } from './ui-locale.js';

/** The few things a test does with a browser, the same in Chromium and Firefox. */
export interface Driver {
  readonly name: BrowserName;
  /** Opens `url` in the test tab and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (serialised: it must not close over anything). */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs `fn` in the extension: its service worker (Chromium) or one of its pages (Firefox). */
  evaluateInExtension<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Opens a page of the extension (e.g. `popup.html?tab=3`, `options.html`)
   * in a new tab of its own, waits for its load event, and returns a handle;
   * the test tab stays as it was.
   */
  openExtensionPage(path: string, size?: PageSize): Promise<ExtensionPageHandle>;
  /** Moves the pointer to viewport coordinates (CSS px). */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key by its `KeyboardEvent.key` name, e.g. 'Escape', 'Tab'. */
  press(key: string): Promise<void>;
  /** Saves a PNG of the viewport to `path` and returns its bytes. */
  screenshot(path: string): Promise<Buffer>;
  /** Console messages and uncaught errors of the test tab so far, for failure reports. */
  logs(): readonly string[];
  /** Closes the browser and removes its temp files; safe to call twice. */
  close(): Promise<void>;
}

/** A viewport size in CSS px. */
export interface PageSize {
  width: number;
  height: number;
}

/** An extension page open in its own tab (the popup or the options page as a tab). */
export interface ExtensionPageHandle {
  /** Runs `fn` in the extension page (serialised: it must not close over anything). */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the element matching `selector` with the mouse, as a user would. */
  click(selector: string): Promise<void>;
  /** Presses a key by its `KeyboardEvent.key` name in this page. */
  press(key: string): Promise<void>;
  /** Chooses a file for the `<input type=file>` matching `selector`. */
  chooseFile(selector: string, path: string): Promise<void>;
  /** Saves a PNG of this page's viewport to `path`. */
  screenshot(path: string): Promise<Buffer>;
  /** Closes the tab; safe to call twice. */
  close(): Promise<void>;
}

/** What the drivers hand to playwright's and puppeteer's `evaluate`, whose typings differ. */
export type Evaluated = (arg?: unknown) => unknown;

export interface DriverOptions {
  locale?: UiLocale;
}

/** Launches `name` with the extension and returns its driver. */
export async function openDriver(name: BrowserName, options: DriverOptions = {}): Promise<Driver> {
  if (name === 'chromium') {
    const { openChromiumDriver } = await import('./chromium-driver.js');
    return openChromiumDriver(options);
  }
  const { openFirefoxDriver } = await import('./firefox-driver.js');
  return openFirefoxDriver(options);
}

/** Both browsers, for `describe.each`. */
export const browserNames: readonly BrowserName[] = ['chromium', 'firefox'];
