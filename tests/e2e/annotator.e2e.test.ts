import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { decodePng, shareNear } from './harness/pixels.js';
import { readRanges } from './harness/page-probes.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { sendNextHighlight } from './harness/tab-message-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForCard, waitForPhrase, waitForScan } from './harness/waits.js';

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
    expect(owners).toEqual(['dark', 'inline', 'wrap']);
    expect(ranges.find((r) => r.owner === 'inline')).toMatchObject({
      name: contract.assertHighlight,
      text: 'scaling laws',
    });
    expect(ranges.find((r) => r.owner === 'dark')?.name).toBe(`${contract.assertHighlight}-dark`);
  });

  it('anchors the card to the hovered line of a phrase that wraps over two lines', async () => {
    const d = use();
    await d.goto(pageUrl('annotator.html'));
    await waitForScan(d);
    const lines = await d.evaluate((prefix: string) => {
      let boxes: { x: number; y: number; width: number; height: number }[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith(prefix)) return;
        highlight.forEach((r) => {
          const range = r as Range;
          if (range.startContainer.parentElement?.id !== 'wrap') return;
          boxes = [...range.getClientRects()].map((b) => ({
            x: b.x,
            y: b.y,
            width: b.width,
            height: b.height,
          }));
        });
      });
      return boxes;
    }, contract.highlightPrefix);
    expect(lines.length, 'the phrase wraps').toBeGreaterThanOrEqual(2);
    const second = lines[lines.length - 1]!;
    await d.mouseMove(second.x + second.width / 2, second.y + second.height / 2);
    const shown = await waitForCard(d, true);
    const card = shown.card!.rect;
    // Placed below (or above) the hovered second line, not the first.
    const below = card.y - (second.y + second.height);
    const above = second.y - (card.y + card.height);
    expect(Math.min(Math.abs(below), Math.abs(above)), 'card next to the second line').toBeLessThan(
      16,
    );
    await d.mouseMove(5, 5);
    await waitForCard(d, false);
  });

  it('keeps a phrase on a dark background legible', async () => {
    const d = use();
    await d.goto(pageUrl('annotator.html'));
    await waitForScan(d);
    const box = await d.evaluate((prefix: string) => {
      let found: { x: number; y: number; width: number; height: number } | undefined;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith(prefix) || !name.endsWith('-dark')) return;
        highlight.forEach((r) => {
          const b = (r as Range).getClientRects()[0];
          if (b) found = { x: b.x, y: b.y, width: b.width, height: b.height };
        });
      });
      return found;
    }, contract.highlightPrefix);
    expect(box, 'a dark-background highlight').toBeDefined();
    const shot = decodePng(await d.screenshot(artifactPath(browser, 'highlight-dark')));
    const scale = shot.width / (await d.evaluate(() => window.innerWidth));
    // rgba(255, 190, 60, 0.3) over #14161a, and the page's light text still drawn on it.
    const markShare = shareNear(shot, [box!], scale, [90, 72, 36], 30);
    const textShare = shareNear(shot, [box!], scale, [232, 232, 232], 60);
    expect(markShare, 'the amber mark paints the box').toBeGreaterThan(0.3);
    expect(textShare, 'light text stays visible on it').toBeGreaterThan(0.01);
    // The light-page style (a pale yellow fill) would swallow light text: it is not used here.
    expect(shareNear(shot, [box!], scale, contract.assertColour, contract.colourTolerance)).toBe(0);
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
    const owners = () =>
      d.evaluate(readRanges, contract.highlightPrefix).then((rs) => rs.map((r) => r.owner));
    await expect.poll(owners, { timeout: 10_000 }).not.toContain('inline');
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
