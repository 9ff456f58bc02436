import { describe, expect, it } from 'vitest';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import { useDriver } from './harness/use-driver.js';
import { fixturePages } from './harness/fixture-pages.js';
import { pageUrl } from './harness/page-url.js';
import { readCard, readHighlights } from './harness/page-probes.js';
import { waitForScan } from './harness/waits.js';

describe.each(browserNames)('in %s', (browser) => {
  const use = useDriver(browser);

  it('scans a page without hype, finds nothing, and leaves no trace', async () => {
    const d = use();
    await d.goto(pageUrl(fixturePages.plain.file));
    const scan = await waitForScan(d);
    expect(scan.detailError, 'the page cannot read the measure detail').toBeUndefined();
    expect(scan.detail?.matches).toBe(0);
    expect(await d.evaluate(readHighlights, contract.highlightPrefix)).toEqual([]);
    expect((await d.evaluate(readCard, contract.uiTag)).hosts).toBe(0);
  });
});
