import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  planImport,
  SETTINGS_FILE_FORMAT,
  settingsFileText,
} from './settings-file';
import { SETTINGS_VERSION } from './settings-migrations';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  sitesOff: ['example.com'],
  mythsOff: ['agi-imminent'],
  language: 'ko',
};
const file = (settings: unknown, version: unknown = SETTINGS_VERSION) =>
  JSON.stringify({
    format: SETTINGS_FILE_FORMAT,
    version,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings,
  });

describe('settings files', () => {
  it('exports the format, version, time and every setting', () => {
    const text = settingsFileText(mine, new Date('2026-11-28T10:00:00Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'hype-lens-settings',
      version: SETTINGS_VERSION,
      exportedAt: '2026-11-28T10:00:00.000Z',
      settings: mine,
    });
  });

  it('imports its own export over the defaults, listing what changes', () => {
    const plan = planImport(DEFAULT_SETTINGS, settingsFileText(mine, new Date()));
    expect(plan).toEqual({
      ok: true,
      next: mine,
      changes: [
        { field: 'sitesOff', before: [], after: ['example.com'] },
        { field: 'mythsOff', before: [], after: ['agi-imminent'] },
        { field: 'language', before: 'browser', after: 'ko' },
      ],
    });
  });

  it('lists no changes when the file says what is already set', () => {
    expect(planImport(mine, settingsFileText(mine, new Date()))).toMatchObject({
      ok: true,
      changes: [],
    });
  });

  it('keeps the current value of fields a file leaves out, and ignores unknown ones', () => {
    const plan = planImport(mine, file({ paused: true, theme: 'dark' }));
    expect(plan).toEqual({
      ok: true,
      next: { ...mine, paused: true },
      changes: [{ field: 'paused', before: false, after: true }],
    });
  });

  it('migrates a file of an older version before applying it', () => {
    const plan = planImport(
      DEFAULT_SETTINGS,
      file({ enabled: false, disabledSites: ['a.com'] }, 1),
    );
    expect(plan).toMatchObject({ ok: true, next: { paused: true, sitesOff: ['a.com'] } });
  });

  it.each([
    ['an empty file', '', { code: 'not-json' }],
    ['text that is not JSON', 'paused=true', { code: 'not-json' }],
    ['JSON that is not an object', '[1,2]', { code: 'not-a-settings-file' }],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, settings: {} }),
      { code: 'not-a-settings-file' },
    ],
    [
      'a file without settings',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2 }),
      { code: 'not-a-settings-file' },
    ],
    ['settings that are a list', file([]), { code: 'not-a-settings-file' }],
    ['a version that is text', file({}, '2'), { code: 'not-a-settings-file' }],
    ['version zero', file({}, 0), { code: 'not-a-settings-file' }],
    [
      'a newer version',
      file({}, SETTINGS_VERSION + 1),
      { code: 'newer-version', version: SETTINGS_VERSION + 1, supported: SETTINGS_VERSION },
    ],
    ['a wrong-typed field', file({ paused: 'yes' }), { code: 'invalid-field', field: 'paused' }],
    ['an unknown mode', file({ siteMode: 'never' }), { code: 'invalid-field', field: 'siteMode' }],
    [
      'an unusable site rule',
      file({ sitesOff: ['good.com', 'bad host'] }),
      { code: 'invalid-field', field: 'sitesOff' },
    ],
    ['an unknown language', file({ language: 'fr' }), { code: 'invalid-field', field: 'language' }],
    [
      'a hover delay that is text',
      file({ hoverDelayMs: '300' }),
      { code: 'invalid-field', field: 'hoverDelayMs' },
    ],
    [
      'an oversized file',
      ' '.repeat(MAX_SETTINGS_FILE_BYTES + 1),
      { code: 'too-large', maxBytes: MAX_SETTINGS_FILE_BYTES },
    ],
  ])('refuses %s whole', (_name, text, error) => {
    expect(planImport(mine, text)).toEqual({ ok: false, error });
  });

  it('counts the size in bytes, not characters', () => {
    const korean = '가'.repeat(Math.ceil(MAX_SETTINGS_FILE_BYTES / 3) + 1);
    expect(planImport(mine, korean)).toMatchObject({ error: { code: 'too-large' } });
  });
});
