import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../eval/corpus-row';
import { essayPack } from '../packs/essay-pack';
import { toMatcherSource } from '../packs/to-matcher-source';
import { compileMatcher } from './compile-matcher';
import { findHype } from './find-hype';
import { fromMatcherImage, isMatcherImage, toMatcherImage } from './matcher-image';

const corpusDir = new URL('../../../tests/fixtures/corpus/', import.meta.url);
// The development sets only: the held-out sets are never read sentence by sentence.
const sentences = readdirSync(corpusDir)
  .filter((f) => f.startsWith('dev') && f.endsWith('.jsonl'))
  .flatMap((f) => parseCorpus(readFileSync(new URL(f, corpusDir), 'utf8')).map((r) => r.text));

describe('matcher image', () => {
  const compiled = compileMatcher([toMatcherSource(essayPack)]);
  const image = structuredClone(toMatcherImage(compiled));
  const loaded = fromMatcherImage(image);

  it('survives structured cloning as plain data, with the sentence model', () => {
    expect(isMatcherImage(image)).toBe(true);
    expect(loaded.model?.myths).toEqual(compiled.model?.myths);
    expect(JSON.parse(JSON.stringify(image))).toEqual(image);
  });

  it('finds exactly what the compiled matcher finds on every development sentence', () => {
    expect(sentences.length).toBeGreaterThan(2000);
    const differ = sentences.filter(
      (s) => JSON.stringify(findHype(s, loaded)) !== JSON.stringify(findHype(s, compiled)),
    );
    expect(differ).toEqual([]);
  });

  it('keeps cue lists shared between triggers shared', () => {
    const withCues = image.triggers.flatMap((t) => (t.with === undefined ? [] : [t.with]));
    expect(new Set(withCues).size).toBeLessThan(withCues.length);
    expect(image.cues.length).toBeLessThan(image.triggers.length * 2);
  });

  it('sends each union source once, however many cue lists hold it', () => {
    expect(new Set(image.unions).size).toBe(image.unions.length);
    const parts = image.cues.flatMap((c) => c.parts);
    expect(new Set(parts).size).toBeLessThan(parts.length);
    // 1,054 kB when each cue list carried its own copy of its unions.
    expect(JSON.stringify(image).length).toBeLessThan(900_000);
  });

  it('refuses an image whose cue names a union it does not hold', () => {
    const broken = structuredClone(image);
    broken.cues[0] = { parts: [broken.unions.length + 5], flags: 'i' };
    expect(() => fromMatcherImage(broken)).toThrow(/no union/);
  });

  it.each([
    null,
    {},
    { format: 1 },
    { ...toMatcherImage(compiled), unions: undefined },
    { ...image, triggers: 'x' },
    { ...image, model: { data: { format: 9 }, myths: [] } },
  ])('refuses %j as an image', (v) => {
    expect(isMatcherImage(v)).toBe(false);
  });
});
