import { describe, expect, it } from 'vitest';
import { parseSettings, validateSettingsFields } from './parse-settings';
import { DEFAULT_SETTINGS } from './settings';
import { MAX_LIST_LENGTH } from './settings-fields';

describe('parseSettings', () => {
  it('keeps a valid stored object as it is', () => {
    const stored = {
      paused: true,
      siteMode: 'only',
      sitesOff: ['a.com'],
      sitesOn: ['b.org'],
      mythsOff: ['agi-imminent'],
      sensitivity: 'assert',
      language: 'ko',
      hoverDelayMs: 800,
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it.each([
    ['paused', 'true'],
    ['siteMode', 'sometimes'],
    ['sitesOff', 'example.com'],
    ['sitesOn', null],
    ['mythsOff', { 0: 'x' }],
    ['sensitivity', 3],
    ['language', 'fr'],
    ['hoverDelayMs', '400'],
    ['hoverDelayMs', Number.NaN],
  ])('gives a corrupted %s its default and keeps the other fields', (field, bad) => {
    const stored = { ...DEFAULT_SETTINGS, paused: true, language: 'ko', [field]: bad };
    const parsed = parseSettings(stored);
    expect(parsed[field as keyof typeof parsed]).toEqual(
      DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
    );
    if (field !== 'paused') expect(parsed.paused).toBe(true);
    if (field !== 'language') expect(parsed.language).toBe('ko');
  });

  it.each([
    [50, 100],
    [100, 100],
    [733.4, 733],
    [2000, 2000],
    [10_000, 2000],
  ])('clamps a hover delay of %d ms to %d ms', (stored, expected) => {
    expect(parseSettings({ hoverDelayMs: stored }).hoverDelayMs).toBe(expected);
  });

  it('normalises site rules, dedupes lists and drops bad entries alone', () => {
    const parsed = parseSettings({
      sitesOff: ['Example.com', 'https://example.com/path', 7, 'bad host', 'other.org.'],
      mythsOff: ['a', 'a', '', 'b'],
    });
    expect(parsed.sitesOff).toEqual(['example.com', 'other.org']);
    expect(parsed.mythsOff).toEqual(['a', 'b']);
  });

  it(`caps lists at ${MAX_LIST_LENGTH} entries`, () => {
    const many = Array.from({ length: MAX_LIST_LENGTH + 5 }, (_, i) => `site${i}.com`);
    expect(parseSettings({ sitesOff: many }).sitesOff).toHaveLength(MAX_LIST_LENGTH);
  });

  it('drops unknown fields', () => {
    expect(parseSettings({ theme: 'dark', version: 9 })).toEqual(DEFAULT_SETTINGS);
  });

  it('returns lists the caller may change without touching the defaults', () => {
    parseSettings(undefined).sitesOff.push('x.com');
    expect(DEFAULT_SETTINGS.sitesOff).toEqual([]);
  });
});

describe('validateSettingsFields', () => {
  it('names the first invalid field and refuses all', () => {
    expect(validateSettingsFields({ paused: true, sitesOff: ['ok.com', 3] })).toEqual({
      ok: false,
      field: 'sitesOff',
    });
  });

  it('returns only the fields present, normalised', () => {
    expect(validateSettingsFields({ sitesOn: ['WWW.Example.com'], hoverDelayMs: 5 })).toEqual({
      ok: true,
      fields: { sitesOn: ['www.example.com'], hoverDelayMs: 100 },
    });
  });
});
