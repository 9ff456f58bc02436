/**
 * npm run eval:cv: what the sentence model generalises to, measured on the
 * development sets themselves. For each development file, the model is
 * trained on every other file (and the pack's examples) and the matcher,
 * with that model, scores the file it never saw. Slower than npm run eval
 * (one training per file); it prints numbers and exits 0.
 */
import { readFileSync } from 'node:fs';
import { parseCorpus } from '../src/core/eval/corpus-row';
import { scoreCorpus } from '../src/core/eval/score-corpus';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import { trainSentenceModel } from '../src/core/model/train-sentence-model';
import { essayPack } from '../src/core/packs/essay-pack';
import { LANGS } from '../src/core/packs/pack-schema';
import { toMatcherSource } from '../src/core/packs/to-matcher-source';
import { devFiles, loadTrainingData } from './training-data';

const dir = new URL('../tests/fixtures/corpus/', import.meta.url);
const myths = essayPack.myths.map((m) => m.id);
const patternsOnly = compileMatcher([{ ...toMatcherSource(essayPack), model: undefined }]);
const pct = (n: number): string => n.toFixed(2).padStart(5);

for (const lang of LANGS) {
  console.log(`\n${lang.toUpperCase()}: each file scored by a model trained without it`);
  console.log(
    'file                   patterns: P     R traps rejects   with model: P     R traps rejects',
  );
  for (const file of devFiles(lang)) {
    const { byLang } = loadTrainingData({ leaveOut: file });
    const model = trainSentenceModel(byLang, myths, 'cv');
    const matcher = compileMatcher([{ ...toMatcherSource(essayPack), model }]);
    const rows = parseCorpus(readFileSync(new URL(file, dir), 'utf8'));
    const alone = scoreCorpus(rows, (t) => findHype(t, patternsOnly, { lang }), myths);
    const both = scoreCorpus(rows, (t) => findHype(t, matcher, { lang }), myths);
    console.log(
      `${file.padEnd(20)} ${[alone, both]
        .map((s) =>
          [s.overall.precision, s.overall.recall, s.trapFlagged, s.rejectFlagged]
            .map(pct)
            .join(' '),
        )
        .join('            ')}`,
    );
  }
}
