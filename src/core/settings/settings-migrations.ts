import { isRecord } from './is-record';
import { parseSettings } from './parse-settings';
import type { Settings } from './settings';

/** The shape version this build writes. */
export const SETTINGS_VERSION = 2;

/** A stored settings item: the settings with the version of their shape. */
export type StoredSettings = Settings & { version: number };

/** Turns a record of version N into one of version N + 1; it must accept any junk without throwing. */
export type SettingsMigration = (from: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 (0.0.x builds) had a global switch `enabled`, only a list of
 * switched-off sites `disabledSites`, a yes/no `onlyAsserted`, hidden myths
 * as `hiddenMyths` and the hover time as `cardDelay`. Version 2 adds the
 * "only on" mode and the language choice.
 */
function v1ToV2(from: Record<string, unknown>): Record<string, unknown> {
  const { enabled, disabledSites, onlyAsserted, hiddenMyths, cardDelay, ...rest } = from;
  const to: Record<string, unknown> = { ...rest, siteMode: 'except', sitesOn: [] };
  if (typeof enabled === 'boolean') to.paused = !enabled;
  if (disabledSites !== undefined) to.sitesOff = disabledSites;
  if (typeof onlyAsserted === 'boolean') to.sensitivity = onlyAsserted ? 'assert' : 'report';
  if (hiddenMyths !== undefined) to.mythsOff = hiddenMyths;
  if (cardDelay !== undefined) to.hoverDelayMs = cardDelay;
  return to;
}

/** `MIGRATIONS[n]` migrates version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, SettingsMigration>> = { 1: v1ToV2 };

/**
 * The version a stored record claims. Items written before versioning had
 * none and were version 1; nonsense counts as the current version, so
 * that parsing keeps what it can.
 */
export function storedVersion(raw: Record<string, unknown>): number {
  if (!Object.hasOwn(raw, 'version')) return 1;
  const { version } = raw;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1
    ? version
    : SETTINGS_VERSION;
}

/** Runs the migrations from `version` up to the current one, on a raw record. */
export function migrateRecord(
  raw: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  let record = raw;
  for (let at = version; at < SETTINGS_VERSION; at += 1) {
    const step = MIGRATIONS[at];
    if (step !== undefined) record = step(record);
  }
  return record;
}

/**
 * Settings from a stored item of any version, never throwing: older shapes
 * are migrated step by step, a newer shape (written by a later build on
 * another device) keeps every field this build understands, and anything
 * corrupted falls back field by field. `fromVersion` tells the caller
 * whether writing back would upgrade the item.
 */
export function migrateSettings(raw: unknown): { settings: Settings; fromVersion: number } {
  if (!isRecord(raw)) return { settings: parseSettings(undefined), fromVersion: SETTINGS_VERSION };
  const fromVersion = storedVersion(raw);
  return { settings: parseSettings(migrateRecord(raw, fromVersion)), fromVersion };
}

/** The item to store for some settings. */
export function toStored(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...settings };
}
