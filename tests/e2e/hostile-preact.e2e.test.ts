import { describe, expect, it } from 'vitest';
import { driveApp, readApp, readLiveRanges, type LiveRange } from './harness/app-probes.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { waitForScan } from './harness/waits.js';

/*
 * hostile-preact.html: the real Preact (from node_modules), re-rendering every 100 ms: a
 * paragraph whose one text node is replaced at each tick, a keyed feed whose items slide (moved,
 * added and dropped), and a topic paragraph across an <em> that the test sets. The app checks
 * after each render that its DOM is exactly what it rendered.
 */

/** The phrase each highlighted element must show. */
const phraseOf: Record<string, RegExp> = {
  ticker: /^scaling laws$/,
  'item-0': /^Scaling laws$/,
  'item-2': /^Bigger models$/,
  'item-4': /^AGI$/,
  topic: /^(Bigger models|Scaling laws)$/,
};

const ranges = (d: Driver) => d.evaluate(readLiveRanges, contract.highlightPrefix);
const shown = (rs: LiveRange[]) => rs.filter((r) => r.connected && r.text !== '');
const ownersShown = async (d: Driver) =>
  [...new Set(shown(await ranges(d)).map((r) => r.owner))].sort();

describe.each(browserNames)('a Preact app in %s', (browser) => {
  const use = useDriver(browser);

  it('keeps its highlights on the text as the app re-renders every 100 ms, and the app never finds its DOM changed', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-preact.html'));
    await waitForScan(d);

    // While it ticks: the ticker's claim is found again after its text is replaced, and no range
    // ever shows other text than its phrase (a stale offset would).
    await expect
      .poll(async () => shown(await ranges(d)).some((r) => r.owner === 'ticker'), {
        timeout: 10_000,
      })
      .toBe(true);
    const startTick = (await d.evaluate(readApp)).tick;
    const seen: LiveRange[] = [];
    while ((await d.evaluate(readApp)).tick < startTick + 15) seen.push(...(await ranges(d)));
    const wrong = shown(seen).filter((r) => !phraseOf[r.owner]?.test(r.text));
    expect(wrong, 'ranges showing the wrong text').toEqual([]);
    expect(shown(seen).length).toBeGreaterThan(0);

    await d.evaluate(driveApp, { topic: 'The team met on Tuesday.' });
    await expect.poll(() => ownersShown(d), { timeout: 10_000 }).not.toContain('topic');
    await d.evaluate(driveApp, { topic: 'Scaling laws guarantee smarter models every year.' });
    await expect
      .poll(async () => shown(await ranges(d)).find((r) => r.owner === 'topic')?.text, {
        timeout: 10_000,
      })
      .toBe('Scaling laws');

    // Once the clock stops, exactly the claims on screen are highlighted.
    await d.evaluate(driveApp, { stop: true });
    const app = await d.evaluate(readApp);
    const expected = [
      'ticker',
      'topic',
      ...app.feed.filter((k) => k % 2 === 0).map((k) => `item-${k}`),
    ].sort();
    await expect
      .poll(
        async () =>
          (await ranges(d))
            .filter((r) => r.connected)
            .map((r) => r.owner)
            .sort(),
        {
          timeout: 10_000,
        },
      )
      .toEqual(expected);
    for (const r of shown(await ranges(d))) expect(r.text).toMatch(phraseOf[r.owner]!);

    const final = await d.evaluate(readApp);
    expect(final.renders, 'the app really re-rendered').toBeGreaterThanOrEqual(15);
    expect(final.errors).toEqual([]);
    expect(d.logs().filter((l) => /^(uncaught|console\.error)/.test(l))).toEqual([]);
  });
});
