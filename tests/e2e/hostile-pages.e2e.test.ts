import { describe, expect, it } from 'vitest';
import { clearStoredSettings } from './harness/control-probes.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { readOurCardStyle, readPageStyles } from './harness/hostile-probes.js';
import { pageUrl } from './harness/page-url.js';
import { flipSiteSwitch } from './harness/site-switch.js';
import { readHighlights, serializePristine, serializeWithout } from './harness/page-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForPhrase, waitForScan } from './harness/waits.js';

/** Hovers the middle of a highlighted phrase and waits until our card is visible. */
async function openCardOn(d: Driver, phrase: RegExp): Promise<void> {
  const range = await waitForPhrase(d, contract.assertHighlight, phrase);
  const line = range.lines[0]!;
  await d.mouseMove(1, 1);
  await d.mouseMove(line.x + line.width / 2, line.y + line.height / 2);
  await expect
    .poll(async () => (await d.evaluate(readOurCardStyle))?.visible ?? false, {
      timeout: 8_000,
      message: 'our card never became visible',
    })
    .toBe(true);
}

/** Our card's own styles, whatever the page's CSS says. */
const ourLook = {
  visible: true,
  fontSize: '14px',
  letterSpacing: 'normal',
  fontFamily: expect.stringMatching(/^system-ui/),
  color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/),
};

describe.each(browserNames)('hostile pages in %s', (browser) => {
  const use = useDriver(browser);

  it('page CSS aimed at <hype-lens-ui>, popovers and dialogs does not hide or restyle our card', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-styles.html'));
    await waitForScan(d);
    await openCardOn(d, /scaling laws/i);
    const card = await d.evaluate(readOurCardStyle);
    expect(card).toMatchObject(ourLook);
    expect(card!.width).toBeGreaterThan(300);
  });

  it('our card and highlights change no style of the page, nor its DOM', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-styles.html'));
    const pristine = await d.evaluate(serializePristine);
    const before = await d.evaluate(readPageStyles);
    expect(Object.keys(before)).toContain('hype');
    await waitForScan(d);
    await openCardOn(d, /scaling laws/i);
    expect(await d.evaluate(readPageStyles)).toEqual(before);
    // The page's own <hype-lens-ui id="fake"> stays; only ours is taken out to compare.
    expect(await d.evaluate(serializeWithout, 'hype-lens-ui:not(#fake)')).toBe(pristine);
  });

  it('after the site is switched off from the popup, the page is exactly as it was parsed', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    const url = pageUrl('hostile-styles.html');
    await d.goto(url);
    const pristine = await d.evaluate(serializePristine);
    await openCardOn(d, /scaling laws/i);
    try {
      await flipSiteSwitch(d, url, async () => {
        await expect
          .poll(async () => (await d.evaluate(readHighlights, contract.highlightPrefix)).length, {
            timeout: 10_000,
          })
          .toBe(0);
      });
    } finally {
      await d.evaluateInExtension(clearStoredSettings);
    }
    expect(
      await d.evaluate(() => document.querySelectorAll('hype-lens-ui:not(#fake)').length),
    ).toBe(0);
    expect(await d.evaluate(serializeWithout, 'no-such-element')).toBe(pristine);
  });

  it("leaves text inside a page's own <hype-lens-ui> alone (it is named like ours)", async () => {
    const d = use();
    await d.goto(pageUrl('hostile-styles.html'));
    await waitForScan(d);
    await waitForPhrase(d, contract.assertHighlight, /scaling laws/i);
    const texts = (await d.evaluate(readHighlights, contract.highlightPrefix)).flatMap((h) =>
      h.ranges.map((r) => r.text),
    );
    expect(texts.some((t) => /agi/i.test(t))).toBe(false);
  });

  it("works under default-src 'none' and enforced Trusted Types, without a CSP violation", async () => {
    const d = use();
    const response = await fetch(pageUrl('hostile-csp.html'));
    expect(response.headers.get('content-security-policy')).toMatch(/require-trusted-types-for/);
    await d.goto(pageUrl('hostile-csp.html'));
    // The page may neither fetch itself again nor parse HTML (connect-src, Trusted Types): compare
    // with its DOM as loaded instead.
    const loaded = await d.evaluate(serializeWithout, contract.uiTag);
    const scan = await waitForScan(d);
    expect(scan.detail?.matches).toBeGreaterThan(0);
    await openCardOn(d, /scaling laws/i);
    expect(await d.evaluate(readOurCardStyle)).toMatchObject(ourLook);
    expect(await d.evaluate(serializeWithout, contract.uiTag)).toBe(loaded);
    const violations = d
      .logs()
      .filter((l) => /content.security.policy|trusted.?type|refused to/i.test(l))
      // The browser's own favicon request is refused too; it is not ours.
      .filter((l) => !l.includes('/favicon.ico'));
    expect(violations).toEqual([]);
  });
});
