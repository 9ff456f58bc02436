import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { readPlacedRanges, type PlacedRange } from './harness/strange-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForScan } from './harness/waits.js';

const placed = (d: Driver) => d.evaluate(readPlacedRanges, contract.highlightPrefix);
const owners = (ranges: PlacedRange[]) => [...new Set(ranges.map((r) => r.owner))].sort();

/**
 * Paragraphs whose claim a reader sees as "scaling laws" and that must be
 * highlighted, the one in the open shadow root too (hostile-shadow has the
 * web-component cases); SVG text and the closed shadow root stay alone.
 */
const highlighted = [
  'em-hyphen',
  'in-frame',
  'open-host>in-open-shadow',
  'rtl',
  'rtl-mixed',
  'soft-hyphen',
  'vertical',
  'word-joiner',
  'zero-width-inside',
  'zero-width-space',
];

describe.each(browserNames)('strange pages in %s', (browser) => {
  const use = useDriver(browser);

  it('highlights what a reader sees as the claim, and leaves SVG text and closed shadow roots alone', async () => {
    const d = use();
    await d.goto(pageUrl('strange-text.html'));
    await waitForScan(d);
    await expect
      .poll(async () => owners(await placed(d)), { timeout: 15_000 })
      .toEqual(highlighted);
    const ranges = await placed(d);
    for (const r of ranges)
      expect(r.text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')).toMatch(
        /^scaling[ -]laws?/i,
      );
    const vertical = ranges.find((r) => r.owner === 'vertical')!;
    expect(vertical.rect.height, 'vertical text runs down the page').toBeGreaterThan(
      vertical.rect.width,
    );
    await d.screenshot(artifactPath(browser, 'strange-text'));
    expect(d.logs().filter((l) => l.startsWith('uncaught'))).toEqual([]);
  });
});
