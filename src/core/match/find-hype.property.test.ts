import { toMatcherSource } from '../packs/to-matcher-source';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essayPack } from '../packs/essay-pack';
import { compileMatcher } from './compile-matcher';
import { findHype } from './find-hype';
import type { HypeMatch } from './hype-match';

const matcher = compileMatcher([toMatcherSource(essayPack)]);
const phrases = [
  'scaling laws',
  'AGI by 2027',
  'synthetic data',
  '창발적 능력',
  '규모 확장 법칙',
  'data wall',
  'PhD-level',
];

/** Every match lies inside the text, is non-empty, and its text is the slice it names. */
function wellFormed(text: string, matches: HypeMatch[]): boolean {
  return matches.every(
    (m) =>
      m.start >= 0 &&
      m.end <= text.length &&
      m.start < m.end &&
      text.slice(m.start, m.end) === m.text &&
      m.confidence >= 0 &&
      m.confidence <= 1,
  );
}

describe('findHype on arbitrary input', () => {
  it('never throws and returns well-formed spans on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        wellFormed(text, findHype(text, matcher)),
      ),
      { numRuns: 300 },
    );
  });

  it('survives unpaired surrogates and binary noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        wellFormed(text, findHype(text, matcher)),
      ),
      { numRuns: 300 },
    );
  });

  it('keeps spans right when hype phrases sit amid mixed scripts and noise', () => {
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ unit: 'grapheme-composite', maxLength: 20 }),
      fc.constantFrom('. ', '? ', '\n', ' — ', '다. '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        return wellFormed(text, findHype(text, matcher));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a 1 MB sentence with no breaks', 'lorem ipsum dolor sit amet '],
    ['1 MB of one trigger repeated', 'AGI by 2027 '],
    ['1 MB of a Korean trigger repeated', '규모 확장 법칙 '],
  ])('handles %s without hanging', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    const matches = findHype(text, matcher);
    // A generous bound: this guards against hangs and quadratic blow-ups, not speed (see npm run bench).
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(wellFormed(text, matches)).toBe(true);
  });
});
