import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import {
  MIGRATIONS,
  migrateSettings,
  SETTINGS_VERSION,
  storedVersion,
  toStored,
} from './settings-migrations';

const fixtureDir = join(import.meta.dirname, 'fixtures');
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(join(fixtureDir, name), 'utf8')) as unknown;
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.before.json'))
  .map((name) => name.replace('.before.json', ''));

describe('settings migrations', () => {
  it.each(fixtures)('turns fixture %s into its .after.json', (name) => {
    const { settings } = migrateSettings(readJson(`${name}.before.json`));
    expect(settings).toEqual(readJson(`${name}.after.json`));
  });

  it('has a fixture for every migration', () => {
    for (const from of Object.keys(MIGRATIONS)) {
      expect(fixtures.some((name) => name.startsWith(`v${from}-`))).toBe(true);
    }
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('reports the version it migrated from, so only older items are written back', () => {
    expect(migrateSettings(readJson('v1-full.before.json')).fromVersion).toBe(1);
    expect(migrateSettings(readJson('v3-future.before.json')).fromVersion).toBe(3);
    expect(migrateSettings(toStored(DEFAULT_SETTINGS)).fromVersion).toBe(SETTINGS_VERSION);
  });

  it('leaves current settings as they are', () => {
    const current = { ...DEFAULT_SETTINGS, sitesOff: ['example.com'], language: 'ko' as const };
    expect(migrateSettings(toStored(current)).settings).toEqual(current);
  });

  it.each([undefined, null, 'settings', 42, [], [1, 2]])('never throws on %o: defaults', (raw) => {
    expect(migrateSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{}, 1],
    [{ version: 2 }, 2],
    [{ version: 7 }, 7],
    [{ version: 'two' }, SETTINGS_VERSION],
    [{ version: 0 }, SETTINGS_VERSION],
    [{ version: 1.5 }, SETTINGS_VERSION],
  ])('reads the version of %o as %i', (raw, version) => {
    expect(storedVersion(raw)).toBe(version);
  });

  it('does not let a migration throw on junk fields', () => {
    for (const step of Object.values(MIGRATIONS)) {
      expect(() => step({ enabled: null, disabledSites: {}, cardDelay: 'x' })).not.toThrow();
    }
  });
});
