import { describe, expect, it } from 'vitest';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import { useDriver } from './harness/use-driver.js';
import { pageUrl } from './harness/page-url.js';
import { serializePristine, serializeWithout } from './harness/page-probes.js';
import { fixturePages } from './harness/fixture-pages.js';
import { waitForCard, waitForPhrase, waitForScan } from './harness/waits.js';

/*
 * The reference DOM is the same URL re-fetched and parsed by the same
 * browser's HTML parser (DOMParser): same engine, same bytes, and no content
 * script ever runs in a DOMParser document. The fixture has no scripts, so
 * the live DOM differs from it only by what the extension did.
 */
const page = fixturePages.scalingLaw;

describe.each(browserNames)('in %s', (browser) => {
  const use = useDriver(browser);

  it('leaves the page DOM as parsed, after the scan and with the card open', async () => {
    const d = use();
    await d.goto(pageUrl(page.file));
    const pristine = await d.evaluate(serializePristine);
    expect(pristine).toContain('Scaling laws guarantee');

    await waitForScan(d);
    const phrase = await waitForPhrase(d, contract.assertHighlight, page.phrase);
    expect(await d.evaluate(serializeWithout, contract.uiTag)).toBe(pristine);

    const line = phrase.lines[0]!;
    await d.mouseMove(line.x + line.width / 2, line.y + line.height / 2);
    await waitForCard(d, true);
    expect(await d.evaluate(serializeWithout, contract.uiTag)).toBe(pristine);
  });
});
