import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../eval/corpus-row';
import { essayPack } from '../packs/essay-pack';
import type { Lang } from '../packs/pack-schema';
import { expandCues } from './compile-cues';
import { CueRegExp } from './cue-regexp';
import { parsePattern } from './parse-pattern';
import { PATTERN_FLAGS, patternToRegExpSource } from './pattern-to-regexp';

const corpus = (file: string): string[] =>
  parseCorpus(
    readFileSync(new URL(`../../../tests/fixtures/corpus/${file}`, import.meta.url), 'utf8'),
  ).map((row) => row.text);

/** Every stance and AI cue of the essay pack in one language, as pattern sources. */
function cueSources(lang: Lang): string[] {
  const scopes = [essayPack.cues?.[lang]];
  const lists = [
    essayPack.cues?.[lang]?.ai ?? [],
    ...Object.values(essayPack.stance?.[lang] ?? {}),
    ...essayPack.myths.flatMap((m) => Object.values(m.stance?.[lang] ?? {})),
  ];
  return lists.flatMap((list) =>
    expandCues(list, scopes).map((cue) => patternToRegExpSource(parsePattern(cue, lang))),
  );
}

/** The one RegExp the parts stand for. */
const unionOf = (sources: readonly string[], flags: string): RegExp =>
  new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);

const spansOf = (text: string, regex: RegExp): Array<{ start: number; end: number }> =>
  [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe.each([
  ['en', 'dev.en.jsonl'],
  ['ko', 'dev.ko.jsonl'],
] as const)('CueRegExp over the %s cues', (lang, file) => {
  const sources = cueSources(lang);
  const texts = corpus(file);
  // Small parts, so the union is split many times and the merging is exercised.
  const cues = new CueRegExp(sources, PATTERN_FLAGS, 600);
  const one = unionOf(sources, PATTERN_FLAGS);
  const global = unionOf(sources, `g${PATTERN_FLAGS}`);

  it('finds a match exactly where the one union RegExp does', () => {
    expect(texts.map((t) => cues.test(t))).toEqual(texts.map((t) => one.test(t)));
  });

  it('scans the same matches, in the same order, as the one global RegExp', () => {
    expect(texts.map((t) => cues.spans(t))).toEqual(texts.map((t) => spansOf(t, global)));
  });

  it('blanks out the same characters as replacing with the one RegExp', () => {
    const blank = (t: string) => t.replace(global, (m) => ' '.repeat(m.length));
    expect(texts.map((t) => cues.blank(t))).toEqual(texts.map(blank));
  });

  it('agrees with the one union on corpus words shuffled into new sentences', () => {
    const words = texts.flatMap((t) => t.split(' '));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (picked) => {
        const text = picked.join(' ');
        expect(cues.spans(text)).toEqual(spansOf(text, global));
      }),
      { numRuns: 300 },
    );
  });

  it('stops visiting once asked to', () => {
    const text = texts.find((t) => cues.spans(t).length > 1) ?? '';
    let visits = 0;
    expect(cues.some(text, () => (visits += 1) > 0)).toBe(true);
    expect(visits).toBe(1);
  });
});

describe('CueRegExp parts', () => {
  const en = cueSources('en');
  const texts = corpus('dev.en.jsonl');

  it('begins a part at each break and still matches as the one union', () => {
    const breaks = [40, 41, 200];
    const cues = new CueRegExp(en, PATTERN_FLAGS, undefined, breaks);
    const whole = new CueRegExp(en, PATTERN_FLAGS);
    expect(cues.unions.length).toBeGreaterThan(whole.unions.length);
    const global = unionOf(en, `g${PATTERN_FLAGS}`);
    expect(texts.map((t) => cues.spans(t))).toEqual(texts.map((t) => spansOf(t, global)));
    expect(texts.map((t) => cues.test(t))).toEqual(texts.map((t) => whole.test(t)));
  });

  it('gives two unions the same first part where their lists begin alike', () => {
    const pack = en.slice(0, 30);
    const a = new CueRegExp([...pack, 'scaling'], PATTERN_FLAGS, undefined, [30]);
    const b = new CueRegExp([...pack, 'emergent'], PATTERN_FLAGS, undefined, [30]);
    expect(a.unions[0]).toBe(b.unions[0]);
    expect(a.unions[1]).not.toBe(b.unions[1]);
  });

  it('keeps its place in a scan when the visitor uses a union with the same parts meanwhile', () => {
    const sources = ['scaling laws?', 'models?'];
    const a = new CueRegExp(sources, PATTERN_FLAGS);
    const b = new CueRegExp(sources, PATTERN_FLAGS);
    const text = 'Scaling laws say bigger models win, and models keep scaling laws alive.';
    const seen: number[] = [];
    a.some(text, (start) => {
      seen.push(start);
      b.test('models');
      b.spans('scaling law and model');
      return false;
    });
    expect(seen).toEqual(a.spans(text).map((s) => s.start));
    expect(seen.length).toBe(4);
  });
});
