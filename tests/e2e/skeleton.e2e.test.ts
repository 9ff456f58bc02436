import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import { useDriver } from './harness/use-driver.js';
import { pageUrl } from './harness/page-url.js';
import { readBackgroundKind, readManifestVersion } from './harness/extension-probes.js';
import { readHighlights, type Box } from './harness/page-probes.js';
import { decodePng, shareNear } from './harness/pixels.js';
import { fixturePages } from './harness/fixture-pages.js';
import { waitForCard, waitForPhrase, waitForScan } from './harness/waits.js';

const page = fixturePages.scalingLaw;

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Gap between two boxes in px (0 when they touch or overlap). */
const gap = (a: Box, b: Box) =>
  Math.hypot(
    Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width)),
    Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height)),
  );

describe.each(browserNames)('in %s', (browser) => {
  const use = useDriver(browser);

  it('loads the extension and the fixture page', async () => {
    const d = use();
    const version = await d.evaluateInExtension(readManifestVersion);
    expect(version).toMatch(/^\d/);
    expect(await d.evaluateInExtension(readBackgroundKind)).toBe(
      browser === 'chromium' ? 'service-worker' : 'page',
    );
    await d.goto(pageUrl(page.file));
    expect(await d.evaluate(() => [document.title, document.characterSet])).toEqual([
      'Scaling law claim',
      'UTF-8',
    ]);
  });

  it('highlights the scaling-law claim, paints it, and shows its card on hover', async () => {
    const d = use();
    await d.goto(pageUrl(page.file));
    const scan = await waitForScan(d);
    expect(scan.detailError, 'the page cannot read the measure detail').toBeUndefined();
    expect(scan.detail).toMatchObject({ myths: { [page.myth]: expect.any(Number) } });
    expect(scan.detail?.matches).toBeGreaterThanOrEqual(1);

    const phrase = await waitForPhrase(d, contract.assertHighlight, page.phrase);

    // Highlights paint: the assert colour fills much of the phrase's box and none of a plain paragraph.
    const shot = decodePng(await d.screenshot(artifactPath(browser, 'highlight')));
    const scale = shot.width / (await d.evaluate(() => window.innerWidth));
    const { assertColour, colourTolerance } = contract;
    const painted = shareNear(shot, phrase.lines, scale, assertColour, colourTolerance);
    expect(painted, `share of highlight colour in ${JSON.stringify(phrase.rect)}`).toBeGreaterThan(
      0.3,
    );
    const plainParagraph = await d.evaluate(() => {
      const r = document.querySelectorAll('p')[1]!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(shareNear(shot, [plainParagraph], scale, assertColour, colourTolerance)).toBe(0);

    const target = centre(phrase.lines[0]!);
    await d.mouseMove(target.x, target.y);
    const shown = await waitForCard(d, true);
    expect(
      shown.hostInPlace,
      `<${contract.uiTag}> is a child of <html> with an open shadow root`,
    ).toBe(true);
    expect(shown.hosts).toBe(1);
    expect(shown.card).toMatchObject({ myth: page.myth, stance: 'assert' });
    expect(shown.card!.text.trim().length).toBeGreaterThan(20);
    expect(gap(shown.card!.rect, phrase.rect), 'card sits next to the phrase').toBeLessThan(64);
    await d.screenshot(artifactPath(browser, 'card'));

    await d.mouseMove(5, 760);
    const gone = await waitForCard(d, false);
    expect(gone.hosts).toBeLessThanOrEqual(1);
    // The highlight stays after the card goes.
    expect(
      (await d.evaluate(readHighlights, contract.highlightPrefix)).map((h) => h.name),
    ).toContain(contract.assertHighlight);
  });
});
