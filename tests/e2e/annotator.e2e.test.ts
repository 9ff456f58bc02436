import { describe, expect, it } from 'vitest';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { sendNextHighlight } from './harness/tab-message-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForCard, waitForPhrase, waitForScan } from './harness/waits.js';

/** Every highlighted range: its highlight name, text and the id of its nearest element with one. */
function readRanges(prefix: string): { name: string; text: string; owner: string }[] {
  const out: { name: string; text: string; owner: string }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((r) => {
      const range = r as Range;
      const start = range.startContainer;
      const el = (start.nodeType === 1 ? start : start.parentElement) as Element | null;
      out.push({ name, text: range.toString(), owner: el?.closest('[id]')?.id ?? '' });
    });
  });
  return out;
}

const highlightedTexts = (d: Driver) =>
  d.evaluate(readRanges, contract.highlightPrefix).then((rs) => rs.map((r) => r.text).sort());

describe.each(browserNames)('the annotator in %s', (browser) => {
  const use = useDriver(browser);

  it('joins inline elements, skips editors, fields, code and hidden text, and styles dark backgrounds', async () => {
    const d = use();
    await d.goto(pageUrl('annotator.html'));
    await waitForScan(d);
    const ranges = await d.evaluate(readRanges, contract.highlightPrefix);
    const owners = ranges.map((r) => r.owner).sort();
    expect(owners).toEqual(['dark', 'inline']);
    expect(ranges.find((r) => r.owner === 'inline')).toMatchObject({
      name: contract.assertHighlight,
      text: 'scaling laws',
    });
    expect(ranges.find((r) => r.owner === 'dark')?.name).toBe(`${contract.assertHighlight}-dark`);
  });

  it('follows the page as its text changes, appears and goes away', async () => {
    const d = use();
    await d.goto(pageUrl('annotator.html'));
    await waitForScan(d);
    await d.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Bigger models are always better.';
      document.body.append(p);
    });
    await waitForPhrase(d, contract.assertHighlight, /bigger models/i);
    await d.evaluate(() => {
      document.getElementById('inline')!.textContent = 'Nothing to see here any more.';
    });
    await expect.poll(() => highlightedTexts(d), { timeout: 10_000 }).not.toContain('scaling laws');
    await d.evaluate(() => document.getElementById('added')!.remove());
    await expect
      .poll(() => highlightedTexts(d).then((t) => t.some((x) => /bigger/i.test(x))), {
        timeout: 10_000,
      })
      .toBe(false);
    expect(d.logs().filter((l) => l.startsWith('uncaught'))).toEqual([]);
  });

  it('steps to the next highlight from the keyboard command, with focus in the card; Tab stays in it, Esc returns focus', async () => {
    const d = use();
    await d.goto(pageUrl('annotator.html'));
    await waitForScan(d);
    await d.evaluate(() => document.getElementById('focus-start')!.focus());
    expect(await d.evaluateInExtension(sendNextHighlight)).toBeGreaterThanOrEqual(1);
    const shown = await waitForCard(d, true);
    expect(shown.card).toMatchObject({ myth: 'scaling-laws' });
    const focusIn = () =>
      d.evaluate((tag: string) => {
        const host = document.querySelector(tag);
        const active = host?.shadowRoot?.activeElement;
        return {
          hostFocused: document.activeElement === host,
          inner: active
            ? `${active.tagName.toLowerCase()}:${active.getAttribute('role') ?? ''}`
            : '',
        };
      }, contract.uiTag);
    expect(await focusIn()).toEqual({ hostFocused: true, inner: 'section:dialog' });
    for (let i = 0; i < 6; i += 1) {
      await d.press('Tab');
      expect((await focusIn()).hostFocused, `focus left the card after Tab ${i + 1}`).toBe(true);
    }
    await d.press('Escape');
    await waitForCard(d, false);
    expect(await d.evaluate(() => document.activeElement?.id)).toBe('focus-start');
  });
});
