import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { clearStoredSettings } from './harness/control-probes.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { decodePng, shareNear } from './harness/pixels.js';
import { flipSiteSwitch } from './harness/site-switch.js';
import { readPlacedRanges, type PlacedRange } from './harness/strange-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForCard, waitForScan } from './harness/waits.js';

/*
 * hostile-shadow.html: web components. Open shadow roots (declarative, nested, made by script
 * with constructed sheets, added later, filled later, and one a custom element gets when it is
 * defined after our first scan) must be read; a closed root, and what the skip rules cover inside
 * an open one (an editable div, code, aria-hidden, a root under an aria-hidden host), must not.
 * The page records every change to its DOM and shadow trees that it did not make itself.
 */
const url = () => pageUrl('hostile-shadow.html');

const placed = (d: Driver) => d.evaluate(readPlacedRanges, contract.highlightPrefix);
const owners = async (d: Driver) => [...new Set((await placed(d)).map((r) => r.owner))].sort();
const foreign = (d: Driver) =>
  d.evaluate(() =>
    (window as unknown as { __recorder: { foreign(): string[] } }).__recorder.foreign(),
  );
const sheetsIntact = (d: Driver) =>
  d.evaluate(() =>
    (window as unknown as { __page: { sheetsIntact(): boolean } }).__page.sheetsIntact(),
  );
const serialize = (d: Driver) =>
  d.evaluate(() => (window as unknown as { __page: { serialize(): string } }).__page.serialize());
const callPage = (d: Driver, name: 'addHost' | 'fillLater' | 'defineQuote') =>
  d.evaluate(
    (fn: string) => (window as unknown as { __page: Record<string, () => void> }).__page[fn]!(),
    name,
  );

/** Highlighted when the page loads. */
const atLoad = ['light', 'nested-host>in-nested', 'open-host>in-open', 'sheets-host>in-sheets'];

async function rangeOf(d: Driver, owner: string): Promise<PlacedRange> {
  await expect.poll(() => owners(d), { timeout: 15_000 }).toContain(owner);
  return (await placed(d)).find((r) => r.owner === owner)!;
}

describe.each(browserNames)('web components in %s', (browser) => {
  const use = useDriver(browser);

  it('highlights and paints text in open shadow roots, and leaves closed roots and skipped text alone', async () => {
    const d = use();
    await d.goto(url());
    await waitForScan(d);
    await expect.poll(() => owners(d), { timeout: 15_000 }).toEqual(atLoad);
    const ranges = await placed(d);
    expect(ranges.find((r) => r.owner === 'open-host>in-open')).toMatchObject({
      name: contract.assertHighlight,
      text: 'scaling laws',
    });

    expect(await foreign(d)).toEqual([]);
    expect(await sheetsIntact(d)).toBe(true);

    // Checked before the screenshot: playwright's screenshot sets (and restores) caret-color on
    // every contenteditable element, which the page's recorder would see.
    const shot = decodePng(await d.screenshot(artifactPath(browser, 'hostile-shadow')));
    const scale = shot.width / (await d.evaluate(() => window.innerWidth));
    const { assertColour, colourTolerance } = contract;
    const inOpen = ranges.find((r) => r.owner === 'open-host>in-open')!.rect;
    expect(
      shareNear(shot, [inOpen], scale, assertColour, colourTolerance),
      'the mark paints inside the open shadow root',
    ).toBeGreaterThan(0.3);
    const inClosed = await d.evaluate(() =>
      (
        window as unknown as { __page: { closedClaimRect(): PlacedRange['rect'] } }
      ).__page.closedClaimRect(),
    );
    expect(inClosed.width).toBeGreaterThan(50);
    expect(shareNear(shot, [inClosed], scale, assertColour, colourTolerance)).toBe(0);
    expect(d.logs().filter((l) => l.startsWith('uncaught'))).toEqual([]);
  });

  it('opens the card on hover over a phrase inside an open shadow root', async () => {
    const d = use();
    await d.goto(url());
    await waitForScan(d);
    const { rect } = await rangeOf(d, 'open-host>in-open');
    await d.mouseMove(1, 1);
    await d.mouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const shown = await waitForCard(d, true);
    expect(shown.card).toMatchObject({ myth: 'scaling-laws', stance: 'assert' });
    expect(shown.hosts).toBe(1);
    await d.mouseMove(5, 760);
    await waitForCard(d, false);
    expect(await foreign(d)).toEqual([]);
  });

  it('follows shadow roots that are added, filled or attached (by a custom element upgrade) later', async () => {
    const d = use();
    await d.goto(url());
    await waitForScan(d);
    await expect.poll(() => owners(d), { timeout: 15_000 }).toEqual(atLoad);

    await callPage(d, 'addHost');
    await rangeOf(d, 'added-host>in-added');

    await callPage(d, 'fillLater');
    await rangeOf(d, 'open-host>filled-later');
    await expect.poll(() => owners(d), { timeout: 10_000 }).not.toContain('open-host>in-open');

    // No change in any tree we watch comes with the upgrade: only looking again finds its root.
    await callPage(d, 'defineQuote');
    const late = await rangeOf(d, 'late-defined>in-late');
    expect(late.text).toBe('scaling laws');

    expect(await owners(d)).toEqual([
      'added-host>in-added',
      'late-defined>in-late',
      'light',
      'nested-host>in-nested',
      'open-host>filled-later',
      'sheets-host>in-sheets',
    ]);
    expect(await foreign(d)).toEqual([]);
    expect(await sheetsIntact(d)).toBe(true);
  });

  it('switched off and on again from the popup, leaves every tree and adopted sheet as it was', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    await d.goto(url());
    await waitForScan(d);
    await expect.poll(() => owners(d), { timeout: 15_000 }).toEqual(atLoad);
    const before = await serialize(d);
    try {
      await flipSiteSwitch(d, url(), async () => {
        await expect.poll(() => placed(d).then((r) => r.length), { timeout: 10_000 }).toBe(0);
      });
      expect(await serialize(d)).toBe(before);
      expect(await sheetsIntact(d)).toBe(true);
      await flipSiteSwitch(d, url(), async () => {
        await expect.poll(() => owners(d), { timeout: 15_000 }).toEqual(atLoad);
      });
    } finally {
      await d.evaluateInExtension(clearStoredSettings);
    }
    expect(await serialize(d)).toBe(before);
    expect(await foreign(d)).toEqual([]);
    expect(await sheetsIntact(d)).toBe(true);
  });
});
