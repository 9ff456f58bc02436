import { describe, expect, it } from 'vitest';
import { clearStoredSettings } from './harness/control-probes.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import {
  messageUs,
  pokeOurCard,
  readHostile,
  readOurCard,
  readStoredState,
} from './harness/hostile-probes.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { waitForScan } from './harness/waits.js';

/*
 * hostile-scripts.html breaks, before our content script starts, every DOM,
 * timing and highlight API we call (methods and getters throw, constructors
 * are replaced, CSS.highlights is swapped out) and carries markup and
 * javascript: payloads as text next to its claims. Content scripts run in an
 * isolated world (Chromium) or behind Xray wrappers (Firefox): these tests
 * show that this holds for everything we use, rather than assume it.
 */
const hostile = (d: Driver) => d.evaluate(readHostile, contract.highlightPrefix);

async function hoverPhrase(d: Driver, phrase: RegExp): Promise<void> {
  const range = (await hostile(d)).ranges.find((r) => phrase.test(r.text));
  const line = range?.lines[0] ?? expect.fail(`no highlighted range matches ${phrase}`);
  // From elsewhere first: a pointer already resting on the spot sends no move after a navigation.
  await d.mouseMove(1, 1);
  await d.mouseMove(line.x + line.width / 2, line.y + line.height / 2);
  await expect
    .poll(() => d.evaluate(readOurCard), { timeout: 8_000, message: 'the card never opened' })
    .toMatchObject({ myth: 'scaling-laws' });
}

/** The highlighted phrases, by the first word of each. */
const texts = async (d: Driver) =>
  (await hostile(d)).ranges.map((r) => r.text.toLowerCase().split(/\s+/)[0]).sort();
const claims = ['agi', 'bigger', 'scaling'];

const uncaught = (d: Driver) => d.logs().filter((l) => l.startsWith('uncaught'));

describe.each(browserNames)('a page that breaks the DOM APIs, in %s', (browser) => {
  const use = useDriver(browser);

  it('still gets its claims highlighted, and our code never touches one of its traps', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    await d.goto(pageUrl('hostile-scripts.html'));
    await waitForScan(d);
    await expect.poll(() => texts(d), { timeout: 10_000 }).toEqual(claims);
    const seen = await hostile(d);
    expect(seen.tampered, 'the page tampered with fewer APIs than it should').toBeGreaterThan(50);
    expect(seen.hits).toEqual([]);
    expect(seen.payload).toBe(0);
    expect(uncaught(d)).toEqual([]);
  });

  it('opens the card on a real hover, and the payloads beside the claim never run', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-scripts.html'));
    await waitForScan(d);
    await hoverPhrase(d, /scaling laws/i);
    expect((await d.evaluate(readOurCard))?.width).toBeGreaterThan(200);
    const seen = await hostile(d);
    expect(seen.hits).toEqual([]);
    expect(seen.payload).toBe(0);
    expect(uncaught(d)).toEqual([]);
  });

  it('ignores synthetic keys, pointers and button clicks from the page: the card stays, settings stay', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    await d.goto(pageUrl('hostile-scripts.html'));
    await waitForScan(d);
    await hoverPhrase(d, /scaling laws/i);
    expect(await d.evaluate(pokeOurCard)).toEqual({
      escape: true,
      pointerdown: true,
      button0: true,
      button1: true,
      buttons: true,
    });
    expect(await d.evaluateInExtension(readStoredState)).toEqual({ mythsOff: [], dismissed: {} });
    // The highlights are still all there: nothing was dismissed in the page either.
    expect(await texts(d)).toEqual(claims);
  });

  it('does not answer window.postMessage or runtime messages from the page', async () => {
    const d = use();
    await d.evaluateInExtension(clearStoredSettings);
    await d.goto(pageUrl('hostile-scripts.html'));
    await waitForScan(d);
    const id = await d.evaluateInExtension(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    const tried = await d.evaluate(messageUs, id);
    expect(tried.length).toBeGreaterThanOrEqual(4);
    // A real hover afterwards still works, so the messages were handled (or ignored) by then.
    await hoverPhrase(d, /scaling laws/i);
    expect(await d.evaluateInExtension(readStoredState)).toEqual({ mythsOff: [], dismissed: {} });
    expect(await texts(d)).toEqual(claims);
    expect(uncaught(d)).toEqual([]);
  });
});
