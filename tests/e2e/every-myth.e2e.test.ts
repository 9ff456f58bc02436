import { describe, expect, it } from 'vitest';
import { essayPack } from '../../src/core/packs/essay-pack.js';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import type { Box } from './harness/page-probes.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { waitForCard, waitForScan } from './harness/waits.js';

/** Every myth the bundled pack knows: the demo pages hold one claim of each. */
const MYTHS = essayPack.myths.map((m) => m.id);
const hangul = /[\uac00-\ud7a3]/;

/** For each demo paragraph, the first line box of a highlighted phrase inside it. */
function phraseBoxes(
  prefix: string,
): Record<string, { x: number; y: number; width: number; height: number }> {
  const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(prefix)) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const start = range.startContainer;
      const el = (start instanceof Element ? start : start.parentElement)?.closest(
        '[data-expect-myth]',
      );
      const myth = el?.getAttribute('data-expect-myth');
      const r = range.getClientRects()[0];
      if (myth && r && !out[myth]) out[myth] = { x: r.x, y: r.y, width: r.width, height: r.height };
    }
  }
  return out;
}

const cases = [
  { locale: 'en-US', file: 'demo.html', lang: 'en' },
  { locale: 'ko-KR', file: 'demo-ko.html', lang: 'ko' },
] as const;

describe.each(browserNames)('in %s', (browser) => {
  describe.each(cases)('with the browser in $locale', ({ locale, file, lang }) => {
    const use = useDriver(browser, { locale });

    it('highlights one phrase of every myth on the demo page and shows its card in the UI language', async () => {
      const d = use();
      await d.goto(pageUrl(file));
      const scan = await waitForScan(d);
      expect(Object.keys(scan.detail?.myths ?? {}).sort()).toEqual([...MYTHS].sort());
      const boxes = await d.evaluate(phraseBoxes, contract.highlightPrefix);
      expect(Object.keys(boxes).sort()).toEqual([...MYTHS].sort());
      for (const myth of MYTHS) {
        await d.mouseMove(5, 5);
        await waitForCard(d, false);
        const box: Box = boxes[myth]!;
        await d.mouseMove(box.x + box.width / 2, box.y + box.height / 2);
        const { card } = await waitForCard(d, true);
        expect(card?.myth, `card for the ${myth} paragraph`).toBe(myth);
        if (lang === 'ko') expect(card?.text).toMatch(hangul);
        else expect(card?.text).not.toMatch(hangul);
        if (myth === 'trend-extrapolation')
          await d.screenshot(artifactPath(browser, `card-charts-${lang}`));
      }
    });
  });
});
