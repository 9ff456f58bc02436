import { expect } from 'vitest';
import { contract } from './contract.js';
import type { Driver } from './driver.js';
import {
  readCard,
  readHighlights,
  readScans,
  type CardInfo,
  type HighlightInfo,
  type RangeInfo,
  type ScanEntry,
} from './page-probes.js';

/** How long the extension gets to scan a small page after load. */
const scanTimeout = 20_000;
/** Hover delay or grace period plus generous slack for a loaded 2-core machine. */
const cardTimeout = Math.max(contract.hoverDelayMs, contract.leaveGraceMs) + 4_500;

/** Waits until at least one scan measure exists and returns the latest. */
export async function waitForScan(driver: Driver): Promise<ScanEntry> {
  await expect
    .poll(() => driver.evaluate(readScans, contract.scanMeasure).then((scans) => scans.length), {
      timeout: scanTimeout,
      message: `no '${contract.scanMeasure}' performance measure appeared`,
    })
    .toBeGreaterThan(0);
  const scans = await driver.evaluate(readScans, contract.scanMeasure);
  return scans[scans.length - 1]!;
}

/** Waits until highlight `name` holds at least one range and returns it. */
export async function waitForHighlight(driver: Driver, name: string): Promise<HighlightInfo> {
  const find = async () =>
    (await driver.evaluate(readHighlights, contract.highlightPrefix)).find((h) => h.name === name);
  await expect
    .poll(async () => (await find())?.ranges.length ?? 0, {
      timeout: scanTimeout,
      message: `highlight '${name}' with at least one range never appeared in CSS.highlights`,
    })
    .toBeGreaterThan(0);
  return (await find())!;
}

/**
 * Waits until highlight `name` holds a range whose text matches `phrase`
 * and returns that range (a page may highlight several phrases).
 */
export async function waitForPhrase(
  driver: Driver,
  name: string,
  phrase: RegExp,
): Promise<RangeInfo> {
  const find = async () =>
    (await driver.evaluate(readHighlights, contract.highlightPrefix))
      .find((h) => h.name === name)
      ?.ranges.find((r) => phrase.test(r.text));
  await expect
    .poll(async () => (await find()) !== undefined, {
      timeout: scanTimeout,
      message: `no range matching ${phrase} in highlight '${name}' appeared in CSS.highlights`,
    })
    .toBe(true);
  return (await find())!;
}

/**
 * Waits until the card is shown and done animating (`true`), or gone or
 * hidden (`false`).
 */
export async function waitForCard(driver: Driver, shown: boolean): Promise<CardInfo> {
  const state = ({ card }: CardInfo) => (card?.visible ?? false) && (!shown || card!.settled);
  await expect
    .poll(() => driver.evaluate(readCard, contract.uiTag).then(state), {
      timeout: cardTimeout,
      message: shown ? 'the card never became visible' : 'the card never went away',
    })
    .toBe(shown);
  return driver.evaluate(readCard, contract.uiTag);
}
