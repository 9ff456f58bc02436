/**
 * npm run bench: the matcher's speed on about 10 MB of ordinary prose and
 * 10 MB of AI-dense text (corpus sentences mixed into prose, one in ten),
 * each both as generated sentences (the rows kept from the first runs, for
 * comparison) and as real prose (Moby-Dick, tests/fixtures/prose/, repeated),
 * beside two baselines measured in the same run: the floor (the prefilter
 * RegExp alone over the same paragraphs) and the naive way (compromise over
 * all of it). Also the heap after matching 2.5, 5 and 10 MB, to show that
 * memory stays flat as input grows. A script that prints numbers, not a test.
 */
import { toMatcherSource } from '../../src/core/packs/to-matcher-source';
import { readFileSync } from 'node:fs';
import nlp from 'compromise/one';
import { parseCorpus } from '../../src/core/eval/corpus-row';
import { compileMatcher } from '../../src/core/match/compile-matcher';
import { findHype } from '../../src/core/match/find-hype';
import { essayPack } from '../../src/core/packs/essay-pack';
import { makeParagraphs, realParagraphs } from './make-prose';
import { compromiseNet } from './pattern-to-compromise';

const MB = 1024 * 1024;
const size = Number(process.env.BENCH_MB ?? 10) * MB;
const matcher = compileMatcher([toMatcherSource(essayPack)]);
const naiveNet = compromiseNet([essayPack]);
const corpus = ['dev.en.jsonl', 'dev.ko.jsonl'].flatMap((f) =>
  parseCorpus(readFileSync(new URL(`../fixtures/corpus/${f}`, import.meta.url), 'utf8')).map(
    (r) => r.text,
  ),
);

const novel = readFileSync(new URL('../fixtures/prose/moby-dick.txt', import.meta.url), 'utf8');

const bytesOf = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + p.length + 1, 0);

/** CPU time of this process in ms: steadier than the clock when other work shares the machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function time(fn: () => number): { ms: number; cpu: number; result: number } {
  const started = performance.now();
  const cpuStarted = cpuMs();
  const result = fn();
  return { ms: performance.now() - started, cpu: cpuMs() - cpuStarted, result };
}

function floor(paragraphs: readonly string[]): number {
  let hits = 0;
  for (const p of paragraphs) {
    matcher.prefilter.lastIndex = 0;
    while (matcher.prefilter.exec(p)) hits += 1;
  }
  return hits;
}

function ours(paragraphs: readonly string[]): number {
  let found = 0;
  for (const p of paragraphs) found += findHype(p, matcher).length;
  return found;
}

function naive(paragraphs: readonly string[]): number {
  let found = 0;
  for (const p of paragraphs)
    found += (nlp(p) as unknown as { sweep: (n: unknown) => { found: unknown[] } }).sweep(naiveNet)
      .found.length;
  return found;
}

const rate = (bytes: number, ms: number): string =>
  `${(bytes / MB / (ms / 1000)).toFixed(1).padStart(7)} MB/s`;

for (const [name, paragraphs] of [
  ['ordinary prose (generated)', makeParagraphs(size, 1)],
  ['AI-dense text (generated)', makeParagraphs(size, 2, corpus, 10)],
  ['ordinary prose (Moby-Dick)', realParagraphs(novel, size, 4)],
  ['AI-dense text (Moby-Dick)', realParagraphs(novel, size, 5, corpus, 10)],
] as const) {
  const bytes = bytesOf(paragraphs);
  ours(paragraphs.slice(0, 200)); // warm up the JIT
  const f = time(() => floor(paragraphs));
  const m = time(() => ours(paragraphs));
  const n = time(() => naive(paragraphs));
  console.log(`\n${name}: ${(bytes / MB).toFixed(1)} MB in ${paragraphs.length} paragraphs`);
  console.log(
    `  floor (prefilter RegExp)  ${rate(bytes, f.ms)}  ${f.ms.toFixed(0).padStart(7)} ms  (${f.result} anchor hits)`,
  );
  console.log(
    `  matcher (findHype)        ${rate(bytes, m.ms)}  ${m.ms.toFixed(0).padStart(7)} ms  (${m.result} matches)`,
  );
  console.log(
    `  naive (compromise on all) ${rate(bytes, n.ms)}  ${n.ms.toFixed(0).padStart(7)} ms`,
  );
  console.log(
    `  matcher / floor time: ${(m.ms / f.ms).toFixed(2)}x;  naive / matcher time: ${(n.ms / m.ms).toFixed(1)}x`,
  );
  console.log(
    `  the same in CPU time:  ${(m.cpu / f.cpu).toFixed(2)}x;                      ${(n.cpu / m.cpu).toFixed(1)}x  (floor ${f.cpu.toFixed(0)}, matcher ${m.cpu.toFixed(0)}, naive ${n.cpu.toFixed(0)} ms)`,
  );
}

const gc = (globalThis as { gc?: () => void }).gc;
console.log(
  `\nheap while matching AI-dense text${gc ? '' : ' (run with --expose-gc for steadier numbers)'}`,
);
for (const mb of [2.5, 5, 10]) {
  const paragraphs = makeParagraphs(mb * MB, 3, corpus, 10);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let found = 0;
  for (let i = 0; i < paragraphs.length; i += 1) {
    found += findHype(paragraphs[i]!, matcher).length;
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  console.log(
    `  ${String(mb).padStart(4)} MB input: heap grew at most ${((peak - before) / MB).toFixed(1)} MB beyond the input (${found} matches)`,
  );
}
