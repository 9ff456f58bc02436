import { describe, expect, it } from 'vitest';
import enLocale from '../../public/_locales/en/messages.json';
import koLocale from '../../public/_locales/ko/messages.json';
import { langFromLocale, UI_STRINGS } from './ui-strings';

describe('UI strings', () => {
  it('exist in English and Korean with the same keys, none empty', () => {
    expect(Object.keys(UI_STRINGS.ko).sort()).toEqual(Object.keys(UI_STRINGS.en).sort());
    for (const lang of ['en', 'ko'] as const) {
      for (const value of Object.values(UI_STRINGS[lang])) expect(value.trim()).not.toBe('');
    }
  });

  it('give the Korean UI Korean text', () => {
    for (const value of Object.values(UI_STRINGS.ko)) expect(value).toMatch(/[가-힣]/);
  });

  it('keep the manifest locales in step', () => {
    expect(Object.keys(koLocale).sort()).toEqual(Object.keys(enLocale).sort());
  });

  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['en-US', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
  ])('reads the browser language %s as %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
