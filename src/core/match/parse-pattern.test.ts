import { describe, expect, it } from 'vitest';
import { parsePattern, PatternError } from './parse-pattern';
import { patternToRegExpSource } from './pattern-to-regexp';

const regex = (pattern: string, lang: 'en' | 'ko' = 'en'): RegExp =>
  new RegExp(patternToRegExpSource(parsePattern(pattern, lang)), 'iu');

describe('parsePattern', () => {
  it.each([
    ['', 'empty pattern'],
    ['(scaling|scale', 'unbalanced ('],
    ['scaling)', 'unbalanced )'],
    ['* scaling', 'cannot start or end with *'],
    ['scaling? law?', 'needs at least one required word'],
    ['a b c d e f g h i j k l m', 'more than 12 terms'],
    ['scal<ing', 'is not a word'],
  ])('rejects %j: %s', (pattern, reason) => {
    expect(() => parsePattern(pattern, 'en')).toThrow(PatternError);
    expect(() => parsePattern(pattern, 'en')).toThrow(reason);
  });

  it('splits English hyphenated words into terms, as the words of a phrase', () => {
    expect(parsePattern('phd-level', 'en').terms).toHaveLength(2);
  });

  it('adds plain inflections for ~', () => {
    const ast = parsePattern('law~', 'en');
    expect(ast.terms[0]).toMatchObject({ kind: 'words', alts: ['law', 'laws', 'lawed', 'lawing'] });
  });

  it('reads a group written against a Korean word as its own term', () => {
    expect(parsePattern('(인간|사람)(의)? 지능', 'ko').terms).toHaveLength(3);
  });
});

describe('patternToRegExpSource', () => {
  it.each([
    ['scaling law~', 'The scaling-laws hold', true],
    ['scaling law~', 'Scaling   Laws', true],
    ['scaling law~', 'scaling lawyers', false],
    ['agi', 'MAGIC tricks', false],
    ['(never|not) run out', "we won't run out", true],
    ['agi * #year', 'AGI will surely arrive by 2027', true],
    ['agi * #year', 'AGI will surely not ever arrive by 2027', false],
  ])('%j on %j: %s', (pattern, text, expected) => {
    expect(regex(pattern).test(text)).toBe(expected);
  });

  it.each([
    ['규모 확장 법칙', '규모확장법칙은 틀렸다', true],
    ['규모 확장 법칙', '규모 확장  법칙이', true],
    ['AGI', 'AGI가 온다', true],
    ['AGI', 'MAGIC', false],
  ])('Korean %j on %j: %s', (pattern, text, expected) => {
    expect(regex(pattern, 'ko').test(text)).toBe(expected);
  });
});
