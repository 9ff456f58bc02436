import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { launchChromium, type LaunchedChromium } from './harness/launch-chromium.js';
import { readHighlights } from './harness/page-probes.js';
import { servePacks, type PackServer } from './harness/serve-packs.js';

/** Storage, the background, a fetch and a tab message lie between a click and the page: allow for a loaded machine. */
const settle = { timeout: 20_000 };
const optionsSize = { width: 760, height: 1500 };

/** The text of the highlighted ranges on `page` that read "robot uprising". */
const robotHighlights = (page: Page) =>
  page
    .evaluate(readHighlights, contract.highlightPrefix)
    .then((hs) => hs.flatMap((h) => h.ranges).filter((r) => /robot uprising/i.test(r.text)).length);

/** The status line of the subscription to `url` in the options page. */
const statusOf = (options: Page, url: string) =>
  options.evaluate(
    (u: string) =>
      [...document.querySelectorAll<HTMLElement>('li.pack')]
        .find((li) => li.dataset.url === u)
        ?.querySelector('.pack-status')?.textContent ?? '',
    url,
  );

/** How many service workers of the extension run, as DevTools sees them. */
async function workerCount(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ type: string; url: string }>;
  };
  return targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  ).length;
}

/** The pack's subscription, stored copy and update alarm, read in an extension page. */
const storedState = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (u: string) => {
    // Serialised into the page: the extension API is `chrome` there.
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const all = await api.storage.local.get(null);
    const subs = (all.packSubscriptions ?? []) as Array<{ url: string }>;
    const copy = all[`packCopy:${u}`] as { pack?: { id?: string } } | undefined;
    const alarm = await api.alarms.get('hype-lens:update-packs');
    return { subscribed: subs.some((s) => s.url === u), copy: copy?.pack?.id, alarm: alarm?.name };
  }, url);

describe('subscriptions in chromium', () => {
  let launched: LaunchedChromium;
  let server: PackServer;
  let options: Page;
  let tab: Page;
  const flaky = () => `${server.origin}/flaky.json`;

  const openOptions = async (): Promise<Page> => {
    const page = await launched.context.newPage();
    await page.setViewportSize(optionsSize);
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await page.waitForSelector('#pack-url');
    return page;
  };
  const subscribe = async (url: string): Promise<void> => {
    await options.fill('#pack-url', url);
    await options.click('#pack-subscribe');
  };

  beforeAll(async () => {
    server = await servePacks();
    launched = await launchChromium();
    tab = launched.context.pages()[0] ?? (await launched.context.newPage());
    options = await openOptions();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('refuses an http address elsewhere than this computer, in plain words, before fetching', async () => {
    await subscribe('http://example.com/pack.json');
    await expect
      .poll(() => options.textContent('#pack-add-error'), settle)
      .toBe('Only https:// addresses are allowed (http:// only for this computer).');
    expect(await options.locator('li.pack[data-url]').count()).toBe(0);
  });

  it('subscribes to a pack and highlights its new myth on a page', async () => {
    await tab.goto(`${server.origin}/robots.html`);
    expect(await robotHighlights(tab)).toBe(0);
    await subscribe(flaky());
    await expect.poll(() => statusOf(options, flaky()), settle).toMatch(/^Up to date\./);
    // Its myth joins the list of myths to highlight, so it can be switched off like the others.
    await expect
      .poll(() => options.textContent('#myths'), settle)
      .toContain('The robot uprising is near');
    // An open page recompiles on packsChanged; a page opened now gets the merged packs at once.
    await expect.poll(() => robotHighlights(tab), settle).toBe(1);
    await tab.reload();
    await expect.poll(() => robotHighlights(tab), settle).toBe(1);
  });

  it('keeps the last good pack in force when the server starts failing, and says why', async () => {
    await subscribe(`${server.origin}/second.json`);
    await expect
      .poll(() => statusOf(options, `${server.origin}/second.json`), settle)
      .toMatch(/^Up to date\./);
    server.failing = true;
    const row = options.locator(`li.pack[data-url="${flaky()}"]`);
    await row.locator('button', { hasText: 'Update now' }).click();
    await expect
      .poll(() => statusOf(options, flaky()), settle)
      .toMatch(/^The server answered with error 500\. The copy from .+ stays in use\.$/);
    await tab.reload();
    await expect.poll(() => robotHighlights(tab), settle).toBe(1);
    expect(await options.textContent('#card-choices')).toContain(
      'card from AI scaling myths (the essay); not shown: Second opinion (test pack)',
    );
    await options.screenshot({
      path: artifactPath('chromium', 'options-subscriptions'),
      fullPage: true,
    });
  });

  it('keeps subscriptions and the cached pack when the worker is stopped and restarted', async () => {
    // DevTools' own "stop" for service workers, as chrome://serviceworker-internals offers:
    // the worker's memory is gone, only what it stored remains.
    const cdp = await launched.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => workerCount(cdp, launched.extensionId), settle).toBe(0);
    // The page's content script asks the background for the packs: that starts the worker again.
    await tab.reload();
    await expect.poll(() => robotHighlights(tab), settle).toBe(1);
    expect(await workerCount(cdp, launched.extensionId)).toBe(1);
    expect(await storedState(options, flaky())).toEqual({
      subscribed: true,
      copy: 'robots',
      alarm: 'hype-lens:update-packs',
    });
    await options.reload();
    await expect.poll(() => statusOf(options, flaky()), settle).toMatch(/error 500/);
  });

  it('previews an own rule on typed sentences, saves it, and highlights it on the open page', async () => {
    await tab.goto(`${server.origin}/robots.html`);
    await options.fill('#own-pattern', 'robot (vacuum|mop)');
    await options.selectOption('#own-myth', '');
    await options.fill('#own-title', 'Robot vacuums think');
    await options.fill(
      '#own-examples',
      'Our robot vacuum cleaned the kitchen.\nThe weather is fine.',
    );
    await expect
      .poll(() => options.locator('#own-preview li').allTextContents(), settle)
      .toEqual([
        'Our robot vacuum cleaned the kitchen. Found “robot vacuum”: claimed here.',
        'The weather is fine. Not found.',
      ]);
    await options.click('#own-save');
    await expect
      .poll(() => options.textContent('#own-rules'), settle)
      .toContain('robot (vacuum|mop)');
    await expect
      .poll(
        () =>
          tab
            .evaluate(readHighlights, contract.highlightPrefix)
            .then((hs) => hs.flatMap((h) => h.ranges).map((r) => r.text)),
        settle,
      )
      .toContain('robot vacuum');
  });

  it.each([
    ['/page.html.json', /^The address gives a web page, not a pack file\./],
    ['/broken.json', /^The file is not valid JSON \(/],
    ['/huge.json', /^The file is larger than 1 MB\./],
    ['/loop.json', /^The server could not be reached/],
    ['/missing.json', /^There is no file at that address \(error 404\)\./],
    ['/error.json', /^The server answered with error 500\./],
    ['/slow.json', /^The server did not answer within 15 seconds\./],
  ])('says in plain words why %s cannot be used', async (path, words) => {
    const url = `${server.origin}${path}`;
    await subscribe(url);
    await expect.poll(() => statusOf(options, url), { timeout: 30_000 }).toMatch(words);
    expect(await statusOf(options, url)).toMatch(/Nothing from this pack is in use yet\.$/);
  });

  it('reads a pack from a server that sends no CORS header (Chromium counts the <all_urls> content script as host access)', async () => {
    const url = `${server.origin}/no-cors.json`;
    await subscribe(url);
    await expect.poll(() => statusOf(options, url), settle).toMatch(/^Up to date\./);
  });

  it('follows a redirect to an https-or-local address', async () => {
    const url = `${server.origin}/moved.json`;
    await subscribe(url);
    await expect.poll(() => statusOf(options, url), settle).toMatch(/^Up to date\./);
  });
});
