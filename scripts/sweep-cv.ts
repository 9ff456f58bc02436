/**
 * npm run eval:sweep: the sentence model's cut-offs tried against what
 * eval:cv measures. Each development file is scored by a model trained
 * without it (one training per file), once per setting of the threshold,
 * the threshold without an AI cue and the rejection cut; the counts are
 * pooled over all files and over the files named in SWEEP_FRESH (the sets
 * the patterns were not tuned on). Prints numbers and exits 0.
 */
import { readFileSync } from 'node:fs';
import { parseCorpus, type CorpusRow } from '../src/core/eval/corpus-row';
import { scoreCorpus } from '../src/core/eval/score-corpus';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import type { SentenceModelData } from '../src/core/model/sentence-model';
import { MODEL_SETTINGS, trainSentenceModel } from '../src/core/model/train-sentence-model';
import { essayPack } from '../src/core/packs/essay-pack';
import { LANGS } from '../src/core/packs/pack-schema';
import { toMatcherSource } from '../src/core/packs/to-matcher-source';
import { devFiles, loadTrainingData } from './training-data';

const dir = new URL('../tests/fixtures/corpus/', import.meta.url);
const myths = essayPack.myths.map((m) => m.id);
const fresh = (process.env.SWEEP_FRESH ?? 'dev7,dev8').split(',');
const list = (name: string, fallback: number[]): number[] =>
  process.env[name]?.split(',').map(Number) ?? fallback;
const thresholds = list('SWEEP_THRESHOLD', [0.3, 0.35, 0.4, 0.5]);
const bares = list('SWEEP_WITHOUT_AI', [0.5, 0.6, 0.7]);
const rejectCuts = list('SWEEP_REJECTS', [0.6, 0.7, 0.8]);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  traps: number;
  trapsFlagged: number;
  rejects: number;
  rejectsFlagged: number;
}
const empty = (): Tally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  traps: 0,
  trapsFlagged: 0,
  rejects: 0,
  rejectsFlagged: 0,
});

function add(t: Tally, rows: readonly CorpusRow[], model: SentenceModelData): void {
  const matcher = compileMatcher([{ ...toMatcherSource(essayPack), model }]);
  const s = scoreCorpus(rows, (text) => findHype(text, matcher), myths);
  const traps = rows.filter((r) => r.kind === 'trap').length;
  const rejects = rows.filter((r) => r.kind === 'reject').length;
  t.tp += s.overall.tp;
  t.fp += s.overall.fp;
  t.fn += s.overall.fn;
  t.traps += traps;
  t.trapsFlagged += Math.round(s.trapFlagged * traps);
  t.rejects += rejects;
  t.rejectsFlagged += Math.round(s.rejectFlagged * rejects);
}

const line = (t: Tally): string =>
  [
    t.tp / (t.tp + t.fp),
    t.tp / (t.tp + t.fn),
    t.trapsFlagged / t.traps,
    t.rejectsFlagged / t.rejects,
  ]
    .map((n) => n.toFixed(3).padStart(6))
    .join(' ');

for (const lang of LANGS) {
  const files = devFiles(lang).map((file) => {
    const model = trainSentenceModel(loadTrainingData({ leaveOut: file }).byLang, myths, 'cv');
    return { file, model, rows: parseCorpus(readFileSync(new URL(file, dir), 'utf8')) };
  });
  console.log(
    `\n${lang.toUpperCase()} (fresh: ${fresh.join(', ')}; in force: ${MODEL_SETTINGS.threshold}/${MODEL_SETTINGS.withoutAi}/${MODEL_SETTINGS.rejects})`,
  );
  console.log(
    'thresh noAI rejects |  fresh: P      R  traps rejects |    all: P      R  traps rejects',
  );
  for (const threshold of thresholds)
    for (const withoutAi of bares)
      for (const rejects of rejectCuts) {
        const all = empty();
        const freshTally = empty();
        for (const { file, model, rows } of files) {
          const tuned = { ...model, threshold, withoutAi, rejects };
          add(all, rows, tuned);
          if (fresh.some((f) => file.startsWith(`${f}.`))) add(freshTally, rows, tuned);
        }
        console.log(
          `${[threshold, withoutAi, rejects].map((n) => n.toFixed(2).padStart(5)).join(' ')}  | ${line(freshTally)} | ${line(all)}`,
        );
      }
}
