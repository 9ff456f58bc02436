/**
 * npm run known-misses: rewrites src/core/packs/essay/known-misses.json, the
 * pack examples the matcher does not yet get right (the meta-test fails on
 * any other miss, and on a listed one that now passes). Run `npm run format`
 * afterwards. The list should only ever shrink.
 */
import { writeFileSync } from 'node:fs';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import { essayPack } from '../src/core/packs/essay-pack';
const m = compileMatcher([essayPack]);
const out: Record<string, Record<string, string[]>> = {};
let n = 0;
for (const myth of essayPack.myths)
  for (const lang of ['en', 'ko'] as const) {
    const misses = [
      ...(myth.examples[lang]?.match ?? [])
        .filter(
          ({ text, stance }) =>
            findHype(text, m, { lang }).find((x) => x.myth === myth.id)?.stance !== stance,
        )
        .map((x) => x.text),
      ...(myth.examples[lang]?.noMatch ?? []).filter((text) =>
        findHype(text, m, { lang }).some((x) => x.myth === myth.id && x.stance !== 'reject'),
      ),
    ].sort();
    if (misses.length) {
      (out[myth.id] ??= {})[lang] = misses;
      n += misses.length;
    }
  }
writeFileSync(
  new URL('../src/core/packs/essay/known-misses.json', import.meta.url),
  JSON.stringify(out, null, 2) + '\n',
);
console.log('known misses', n);
