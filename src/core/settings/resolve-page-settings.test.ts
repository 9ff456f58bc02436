import { describe, expect, it } from 'vitest';
import { resolveLang } from './resolve-lang';
import { resolvePageSettings } from './resolve-page-settings';
import { DEFAULT_SETTINGS } from './settings';

describe('resolvePageSettings', () => {
  it('gives a page everything its content script needs', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      mythsOff: ['agi-imminent'],
      sensitivity: 'assert' as const,
      hoverDelayMs: 900,
    };
    expect(resolvePageSettings('https://example.com/a', settings, ['m|x'], 'en-US')).toEqual({
      enabled: true,
      mythsOff: ['agi-imminent'],
      sensitivity: 'assert',
      lang: 'en',
      hoverDelayMs: 900,
      dismissed: ['m|x'],
    });
  });

  it.each([
    ['https://example.com/', { sitesOff: ['example.com'] }, false],
    ['https://example.com/', { paused: true }, false],
    ['chrome://newtab/', {}, false],
    ['https://example.org/', { sitesOff: ['example.com'] }, true],
  ])('at %s with %o is enabled: %s', (url, over, enabled) => {
    expect(resolvePageSettings(url, { ...DEFAULT_SETTINGS, ...over }, [], 'en').enabled).toBe(
      enabled,
    );
  });
});

describe('resolveLang', () => {
  it.each([
    ['browser', 'ko', 'ko'],
    ['browser', 'ko-KR', 'ko'],
    ['browser', 'en-GB', 'en'],
    ['browser', 'de', 'en'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
  ] as const)('reads %s under a %s browser as %s', (choice, locale, lang) => {
    expect(resolveLang(choice, locale)).toBe(lang);
  });
});
