/**
 * npm run golden -- <file>: writes what findHype finds in every corpus
 * sentence and in 1.5 MB of generated text (AI-dense and ordinary prose)
 * to <file>, one JSON line per text, and prints a digest. Run it before and
 * after a change that should find exactly the same (a speed-up, a refactor)
 * and compare the digests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCorpus } from '../src/core/eval/corpus-row';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import { essayPack } from '../src/core/packs/essay-pack';
import { toMatcherSource } from '../src/core/packs/to-matcher-source';
import { makeParagraphs } from '../tests/bench/make-prose';

const matcher = compileMatcher([toMatcherSource(essayPack)]);
const dir = new URL('../tests/fixtures/corpus/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => parseCorpus(readFileSync(new URL(f, dir), 'utf8')).map((r) => r.text));
const texts = [
  ...corpus,
  ...makeParagraphs(1024 * 1024, 2, corpus, 10),
  ...makeParagraphs(512 * 1024, 1),
];
const out = texts.map((t) => JSON.stringify(findHype(t, matcher))).join('\n');
writeFileSync(process.argv[2] ?? 'golden-matches.jsonl', `${out}\n`);
console.log(`${texts.length} texts, sha1 ${createHash('sha1').update(out).digest('hex')}`);
