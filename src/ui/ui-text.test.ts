import { describe, expect, it } from 'vitest';
import { UI_TEXT, type UiText } from './ui-text';

const hangul = /[가-힣]/;
/** Entries that read the same in both languages: names, and the arrow between two values. */
const sameInBoth = new Set<keyof UiText>(['appName', 'languageEn', 'languageKo', 'change']);

/** Every entry as text: functions are called with sample arguments. */
function rendered(text: UiText): [keyof UiText, string][] {
  return (Object.keys(text) as (keyof UiText)[]).map((key) => {
    const value = text[key] as string | ((...args: never[]) => string);
    const words =
      typeof value === 'function'
        ? (value as (a: never, b: never) => string)(3 as never, 2 as never)
        : value;
    return [key, words];
  });
}

describe('the popup and options texts', () => {
  it('have the same keys in English and Korean', () => {
    expect(Object.keys(UI_TEXT.ko).sort()).toEqual(Object.keys(UI_TEXT.en).sort());
  });

  it.each(['en', 'ko'] as const)('are never empty in %s', (lang) => {
    for (const [key, words] of rendered(UI_TEXT[lang])) expect(words.trim(), key).not.toBe('');
  });

  it('are written in Korean for Korean, except names', () => {
    for (const [key, words] of rendered(UI_TEXT.ko)) {
      if (!sameInBoth.has(key)) expect(words, key).toMatch(hangul);
    }
  });

  it('count claims in English with the right plural', () => {
    expect([UI_TEXT.en.claimCount(1), UI_TEXT.en.claimCount(4)]).toEqual(['1 claim', '4 claims']);
    expect(UI_TEXT.en.dismissedCount(1, 1)).toBe('1 claim hidden on 1 page.');
  });

  it.each([
    ['en', 400, '0.4 s'],
    ['ko', 1500, '1.5초'],
  ] as const)('write delays in seconds in %s', (lang, ms, words) => {
    expect(UI_TEXT[lang].seconds(ms)).toBe(words);
  });
});
