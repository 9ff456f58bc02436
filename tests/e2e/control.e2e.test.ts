import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { clearStoredSettings, findTabId, readBadgeText } from './harness/control-probes.js';
import { browserNames, type Driver, type ExtensionPageHandle } from './harness/driver.js';
import { fixturePages } from './harness/fixture-pages.js';
import { pageUrl } from './harness/page-url.js';
import { readHighlights } from './harness/page-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForCard, waitForHighlight } from './harness/waits.js';

const page = fixturePages.scalingLaw;
/** The popup's size in the toolbar, so its screenshots look like the real thing. */
const popupSize = { width: 360, height: 520 };
const optionsSize = { width: 760, height: 1400 };
const hangul = /[\uac00-\ud7a3]/;
/** Settings reach an open page through storage, the background and a tab message: allow for a loaded machine. */
const settleTimeout = 15_000;

/** How many ranges the page's highlights hold. */
const highlightCount = (d: Driver) =>
  d
    .evaluate(readHighlights, contract.highlightPrefix)
    .then((hs) => hs.reduce((n, h) => n + h.ranges.length, 0));

/** How many highlighted ranges read like the fixture's scaling-law phrase (the page has other myths too). */
const phraseCount = (d: Driver) =>
  d
    .evaluate(readHighlights, contract.highlightPrefix)
    .then((hs) => hs.flatMap((h) => h.ranges).filter((r) => page.phrase.test(r.text)).length);

/** Opens the fixture page clean (default settings) and returns its tab id. */
async function openPage(d: Driver, file: string = page.file): Promise<number> {
  await d.evaluateInExtension(clearStoredSettings);
  const url = pageUrl(file);
  await d.goto(url);
  await waitForHighlight(d, contract.assertHighlight);
  const tabId = await d.evaluateInExtension(findTabId, url);
  expect(tabId, `no tab shows ${url}: can the extension see tab URLs?`).toBeGreaterThanOrEqual(0);
  return tabId;
}

/** Opens the popup, as a tab, about tab `tabId`, and waits until it lists the page's claims. */
/** Opens the options page and waits until it has drawn itself (its sections render after load). */
async function openOptions(d: Driver): Promise<ExtensionPageHandle> {
  const options = await d.openExtensionPage('options.html', optionsSize);
  await expect
    .poll(
      () =>
        options.evaluate(
          () =>
            document.querySelector('#myth-scaling-laws') !== null &&
            document.querySelector('#pack-url') !== null,
        ),
      { timeout: settleTimeout, message: 'the options page never finished drawing' },
    )
    .toBe(true);
  return options;
}

async function openPopup(d: Driver, tabId: number): Promise<ExtensionPageHandle> {
  const popup = await d.openExtensionPage(`popup.html?tab=${tabId}`, popupSize);
  await expect
    .poll(() => popup.evaluate(() => document.querySelectorAll('ul.matches button').length), {
      timeout: settleTimeout,
      message: 'the popup never listed the page’s claims',
    })
    .toBeGreaterThan(0);
  return popup;
}

const text = (handle: ExtensionPageHandle, selector: string) =>
  handle.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);

describe.each(browserNames)('the popup and options in %s', (browser) => {
  const use = useDriver(browser);

  it('switches the site off in the open tab and back on, from the mouse and the keyboard', async () => {
    const d = use();
    const tabId = await openPage(d);
    const popup = await openPopup(d, tabId);
    try {
      await popup.screenshot(artifactPath(browser, 'popup-en'));
      expect(await text(popup, 'label[for="site-switch"] .switch-label')).toBe(
        'Highlight on 127.0.0.1',
      );
      await popup.click('#site-switch');
      await expect.poll(() => highlightCount(d), { timeout: settleTimeout }).toBe(0);
      await expect
        .poll(() => text(popup, '.page .note'), { timeout: settleTimeout })
        .toBe('Switched off on this site.');
      await popup.evaluate(() => document.getElementById('site-switch')?.focus());
      await popup.press(' ');
      await expect.poll(() => highlightCount(d), { timeout: settleTimeout }).toBeGreaterThan(0);
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('site-switch');
    } finally {
      await popup.close();
    }
  });

  it('shows the page’s count on the badge, the same as the popup lists', async () => {
    const d = use();
    const tabId = await openPage(d);
    const popup = await openPopup(d, tabId);
    try {
      const listed = await popup.evaluate(
        () => document.querySelectorAll('ul.matches button').length,
      );
      await expect
        .poll(() => d.evaluateInExtension(readBadgeText, tabId), { timeout: settleTimeout })
        .toBe(String(listed));
    } finally {
      await popup.close();
    }
  });

  it('scrolls to a claim chosen in the popup and opens its card', async () => {
    const d = use();
    const tabId = await openPage(d);
    const popup = await openPopup(d, tabId);
    try {
      await popup.click('#match-0');
      const { card } = await waitForCard(d, true);
      expect(card).toMatchObject({ myth: page.myth });
    } finally {
      await popup.close();
    }
  });

  it('reaches every popup control from the keyboard, and Enter on a claim opens its card', async () => {
    const d = use();
    const tabId = await openPage(d);
    const popup = await openPopup(d, tabId);
    try {
      const claims = await popup.evaluate(() =>
        [...document.querySelectorAll('ul.matches button')].map((b) => b.id),
      );
      const expected = ['site-switch', 'pause-switch', ...claims, 'open-options'];
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i += 1) {
        await popup.press('Tab');
        reached.push(await popup.evaluate(() => document.activeElement?.id ?? ''));
      }
      expect(reached).toEqual(expected);
      await popup.evaluate((id: string) => document.getElementById(id)?.focus(), claims[0]!);
      await popup.press('Enter');
      await waitForCard(d, true);
    } finally {
      await popup.close();
    }
  });

  it('reaches every options control from the keyboard', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    const options = await openOptions(d);
    try {
      // Tab stops: enabled, rendered controls, one per radio group (the checked radio), and the
      // summary of a closed <details> but nothing inside it.
      const expected = await options.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'main input, main button, main a[href], main select, main textarea, main summary',
          ),
        ]
          .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
          .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .filter((el) => {
            const closed = el.closest('details:not([open])');
            return !closed || el.parentElement === closed;
          })
          .map((el) => el.id || el.tagName.toLowerCase()),
      );
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i += 1) {
        await options.press('Tab');
        reached.push(
          await options.evaluate(() => {
            const el = document.activeElement;
            return el ? el.id || el.tagName.toLowerCase() : '';
          }),
        );
      }
      expect(reached).toEqual(expected);
    } finally {
      await options.close();
    }
  });

  it('applies options to an open page: a myth turned off, then on again', async () => {
    const d = use();
    await openPage(d);
    const options = await openOptions(d);
    try {
      await options.screenshot(artifactPath(browser, 'options-en'));
      const box = `#myth-${page.myth}`;
      expect(
        await options.evaluate(
          (s: string) => (document.querySelector(s) as HTMLInputElement).checked,
          box,
        ),
      ).toBe(true);
      await options.click(box);
      await expect.poll(() => phraseCount(d), { timeout: settleTimeout }).toBe(0);
      expect(await text(options, '#status')).toBe('Saved.');
      await options.click(box);
      await expect.poll(() => phraseCount(d), { timeout: settleTimeout }).toBeGreaterThan(0);
    } finally {
      await options.close();
    }
  });

  it('imports a settings file only after showing what it changes, and the open page follows', async () => {
    const d = use();
    await openPage(d);
    const dir = await mkdtemp(join(tmpdir(), 'hype-lens-import-'));
    const file = join(dir, 'settings.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'hype-lens-settings',
        version: 1,
        settings: { mythsOff: [page.myth] },
      }),
    );
    const options = await openOptions(d);
    try {
      await options.chooseFile('#import-file', file);
      await expect
        .poll(() => options.evaluate(() => document.querySelectorAll('.changes li').length), {
          timeout: settleTimeout,
        })
        .toBe(1);
      expect(await phraseCount(d)).toBeGreaterThan(0);
      await options.click('#import-apply');
      await expect
        .poll(() => text(options, '#status'), { timeout: settleTimeout })
        .toBe('Imported.');
      await expect.poll(() => phraseCount(d), { timeout: settleTimeout }).toBe(0);
    } finally {
      await options.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(browserNames)('the popup and options in %s with a Korean UI', (browser) => {
  const use = useDriver(browser, { locale: 'ko-KR' });

  it('speak Korean', async () => {
    const d = use();
    const tabId = await openPage(d);
    const popup = await openPopup(d, tabId);
    try {
      await popup.screenshot(artifactPath(browser, 'popup-ko'));
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ko');
      expect(await text(popup, 'label[for="site-switch"] .switch-label')).toBe(
        '127.0.0.1에서 표시',
      );
      expect(await text(popup, 'main')).toMatch(hangul);
    } finally {
      await popup.close();
    }
    const options = await openOptions(d);
    try {
      await options.screenshot(artifactPath(browser, 'options-ko'));
      expect(await text(options, 'h1')).toBe('Hype Lens 설정');
    } finally {
      await options.close();
    }
  });
});
