import { describe, expect, it } from 'vitest';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { readHighlights, readRanges } from './harness/page-probes.js';
import { waitForCard, waitForScan } from './harness/waits.js';

/** The ids of the paragraphs that show in the viewport. */
function onScreen(): string[] {
  return [...document.querySelectorAll('p[id]')]
    .filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    })
    .map((p) => p.id);
}

/** How many ranges are registered, and the ids of the paragraphs they are in. */
const read = (d: Driver) =>
  d.evaluate(readRanges, contract.highlightPrefix).then((ranges) => ({
    count: ranges.length,
    owners: [...new Set(ranges.map((r) => r.owner))],
  }));

describe.each(browserNames)(
  'a page with more claims than are painted at once, in %s',
  (browser) => {
    const use = useDriver(browser);

    it('registers those around the viewport and follows the scroll', async () => {
      const d = use();
      await d.goto(pageUrl('many-claims.html'));
      const scan = await waitForScan(d);
      expect(scan.detail?.matches, 'every claim is found and counted').toBe(1600);
      const top = await read(d);
      expect(top.count).toBeGreaterThan(0);
      expect(top.count).toBeLessThanOrEqual(1000);
      const visible = await d.evaluate(onScreen);
      expect(visible.length).toBeGreaterThan(0);
      expect(top.owners).toEqual(expect.arrayContaining(visible));

      await d.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect
        .poll(async () => (await read(d)).owners.includes('p799'), { timeout: 10_000 })
        .toBe(true);
      const bottom = await read(d);
      expect(bottom.count).toBeLessThanOrEqual(1000);
      expect(bottom.owners).not.toContain('p0');
      expect(bottom.owners).toEqual(expect.arrayContaining(await d.evaluate(onScreen)));
      // A phrase painted after the scroll opens its card.
      const ranges = (await d.evaluate(readHighlights, contract.highlightPrefix)).flatMap(
        (h) => h.ranges,
      );
      const box = ranges
        .map((r) => r.rect)
        .find((r) => r.y > 0 && r.y + r.height < 600 && r.width > 0);
      expect(box, 'a painted phrase on screen').toBeDefined();
      await d.mouseMove(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await waitForCard(d, true);
      await d.mouseMove(1, 1);
      await waitForCard(d, false);

      await d.evaluate(() => window.scrollTo(0, 0));
      await expect
        .poll(async () => (await read(d)).owners.includes('p0'), { timeout: 10_000 })
        .toBe(true);
    });
  },
);
