/**
 * npm run train: trains the sentence model from the development corpora and
 * the essay pack's examples and writes src/core/packs/essay/model.json.
 * Deterministic: the same data gives the same file. Run it after changing a
 * corpus or the pack's examples (the meta-test says when).
 */
import { writeFileSync } from 'node:fs';
import { trainSentenceModel } from '../src/core/model/train-sentence-model';
import { essayPack } from '../src/core/packs/essay-pack';
import { loadTrainingData } from './training-data';

const started = performance.now();
const { byLang, digest } = loadTrainingData();
const model = trainSentenceModel(
  byLang,
  essayPack.myths.map((m) => m.id),
  digest,
);
const out = new URL('../src/core/packs/essay/model.json', import.meta.url);
const json = JSON.stringify(model);
writeFileSync(out, `${json}\n`);
for (const [lang, data] of Object.entries(model.langs))
  console.log(
    `${lang}: ${byLang[lang as keyof typeof byLang].length} sentences, ${data.features.length} features kept`,
  );
console.log(
  `wrote ${out.pathname} (${(json.length / 1024).toFixed(0)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
