import { describe, expect, it } from 'vitest';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { askFrame, type FrameReport } from './harness/frame-probes.js';
import { pageUrl } from './harness/page-url.js';
import { readCard } from './harness/page-probes.js';
import { readPlacedRanges } from './harness/strange-probes.js';
import { useDriver } from './harness/use-driver.js';
import { waitForScan } from './harness/waits.js';

/*
 * hostile-frames.html (127.0.0.1) holds a claim of its own, a same-origin frame and the same
 * frame page from localhost: another site, so another process, which the top page cannot read.
 * The frames' claim is of another myth than the top page's, so a count that mixed them would show.
 */
const ask = (d: Driver, frameId: string) =>
  d.evaluate(askFrame, { frameId, prefix: contract.highlightPrefix, ms: 2_000 });

/** Waits until the frame reports a highlight and returns its report. */
async function highlightedFrame(
  d: Driver,
  frameId: string,
): Promise<FrameReport & { readable: boolean; box: { x: number; y: number } }> {
  await expect
    .poll(async () => (await ask(d, frameId))?.ranges.length ?? 0, {
      timeout: 20_000,
      message: `no highlight appeared in frame #${frameId}`,
    })
    .toBeGreaterThan(0);
  return (await ask(d, frameId))!;
}

/** Moves the pointer onto the claim in frame `frameId` and waits for the frame's card. */
async function hoverFrameClaim(d: Driver, frameId: string): Promise<void> {
  const frame = await highlightedFrame(d, frameId);
  const r = frame.ranges[0]!.rect;
  await d.mouseMove(1, 1);
  await d.mouseMove(frame.box.x + r.x + r.width / 2, frame.box.y + r.y + r.height / 2);
  await expect
    .poll(async () => (await ask(d, frameId))?.card ?? null, {
      timeout: 8_000,
      message: `no card opened in frame #${frameId}`,
    })
    .toBe('agi-imminent');
}

const foreign = (d: Driver) =>
  d.evaluate(() =>
    (window as unknown as { __recorder: { foreign(): string[] } }).__recorder.foreign(),
  );

describe.each(browserNames)('frames in %s', (browser) => {
  const use = useDriver(browser);

  it("highlights a cross-origin frame's claim with the frame's own content script, and the top page only its own", async () => {
    const d = use();
    await d.goto(pageUrl('hostile-frames.html'));
    const scan = await waitForScan(d);

    const cross = await highlightedFrame(d, 'cross-origin');
    expect(cross.readable, 'the top page cannot reach into the frame').toBe(false);
    expect(new URL(cross.origin).hostname).toBe('localhost');
    expect(cross.ranges.map((r) => [r.owner, r.text])).toEqual([['in-frame', 'AGI']]);
    expect(cross.foreign).toEqual([]);

    const same = await highlightedFrame(d, 'same-origin');
    expect(same.readable).toBe(true);
    expect(same.ranges.map((r) => [r.owner, r.text])).toEqual([['in-frame', 'AGI']]);

    const top = (await d.evaluate(readPlacedRanges, contract.highlightPrefix)).filter(
      (r) => r.frame === 'top',
    );
    expect(top.map((r) => [r.owner, r.text])).toEqual([['top-claim', 'scaling laws']]);
    expect(scan.detail).toEqual({ matches: 1, myths: { 'scaling-laws': 1 } });
    expect(await foreign(d)).toEqual([]);
    expect(d.logs().filter((l) => l.startsWith('uncaught'))).toEqual([]);
  });

  it('opens the card inside the cross-origin frame on hover, and adds nothing to the top page', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-frames.html'));
    await waitForScan(d);
    await hoverFrameClaim(d, 'cross-origin');
    const inFrame = (await ask(d, 'cross-origin'))!;
    expect(inFrame.hosts).toBe(1);
    expect(inFrame.foreign, 'our UI host is the only node added, in the frame').toEqual([]);
    expect((await d.evaluate(readCard, contract.uiTag)).hosts).toBe(0);
    expect(await foreign(d)).toEqual([]);

    // Off the phrase, to a place in the frame the card (380 px wide, left-aligned) does not cover.
    const plain = await d.evaluate(() => {
      const r = document.getElementById('cross-origin')!.getBoundingClientRect();
      return { x: r.x + 600, y: r.y + 20 };
    });
    await d.mouseMove(plain.x, plain.y);
    await expect
      .poll(async () => (await ask(d, 'cross-origin'))?.hosts ?? -1, { timeout: 8_000 })
      .toBe(0);
  });

  /*
   * A frame's document gets no more moves once the pointer has left it, only a pointerout to
   * nowhere. Headless Chromium does not send that one to an out-of-process frame (measured: the
   * same-origin frame gets it, the cross-origin one nothing), so there a card stays open until
   * the pointer comes back into the frame; Firefox sends it to both.
   */
  it.each(browser === 'chromium' ? ['same-origin'] : ['same-origin', 'cross-origin'])(
    'closes the card in the %s frame when the pointer leaves the frame',
    async (frameId) => {
      const d = use();
      await d.goto(pageUrl('hostile-frames.html'));
      await waitForScan(d);
      await hoverFrameClaim(d, frameId);
      await d.mouseMove(5, 760);
      await expect
        .poll(async () => (await ask(d, frameId))?.hosts ?? -1, { timeout: 8_000 })
        .toBe(0);
    },
  );
});
