/**
 * The sentence model's training data: every development corpus
 * (tests/fixtures/corpus/dev*.<lang>.jsonl, never the blind held-out files),
 * the essay pack's own examples and, as sentences that are no hype at all,
 * the training half of the ordinary-prose corpus (tests/fixtures/prose/,
 * English only), with a digest of all of it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCorpus } from '../src/core/eval/corpus-row';
import { MODEL_SETTINGS, type TrainingSentence } from '../src/core/model/train-sentence-model';
import { essayPack } from '../src/core/packs/essay-pack';
import { LANGS, type Lang } from '../src/core/packs/pack-schema';

const dir = new URL('../tests/fixtures/corpus/', import.meta.url);
const proseDir = new URL('../tests/fixtures/prose/', import.meta.url);

/** Ordinary prose (old speeches) the model must not take for hype; none in Korean yet. */
function proseNegatives(lang: Lang): TrainingSentence[] {
  if (lang !== 'en') return [];
  return parseCorpus(readFileSync(new URL('dev-prose.en.jsonl', proseDir), 'utf8')).map(
    ({ text }) => ({ text, labels: [], weight: MODEL_SETTINGS.proseWeight }),
  );
}

/** The development corpora's file names for a language, sorted. */
export function devFiles(lang: Lang): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('dev') && f.endsWith(`.${lang}.jsonl`))
    .sort();
}

function packExamples(lang: Lang): TrainingSentence[] {
  return essayPack.myths.flatMap((myth) => {
    const examples = myth.examples[lang];
    if (!examples) return [];
    return [
      ...examples.match.map((e) => ({
        text: e.text,
        labels: [{ myth: myth.id, stance: e.stance }],
        weight: MODEL_SETTINGS.exampleWeight,
      })),
      ...examples.noMatch.map((text) => ({
        text,
        labels: [],
        weight: MODEL_SETTINGS.exampleWeight,
      })),
    ];
  });
}

/** The texts of the blind held-out set: a development sentence that is also one of them is not trained on. */
function heldOutTexts(lang: Lang): Set<string> {
  const rows = parseCorpus(readFileSync(new URL(`holdout.${lang}.jsonl`, dir), 'utf8'));
  return new Set(rows.map((r) => r.text));
}

/** The training sentences per language and the digest the model records; `leaveOut` names a development file to train without. */
export function loadTrainingData(options: { leaveOut?: string } = {}): {
  byLang: Record<Lang, TrainingSentence[]>;
  digest: string;
} {
  const hash = createHash('sha256');
  const byLang = {} as Record<Lang, TrainingSentence[]>;
  for (const lang of LANGS) {
    const held = heldOutTexts(lang);
    const corpus = devFiles(lang)
      .filter((f) => f !== options.leaveOut)
      .flatMap((f) =>
        parseCorpus(readFileSync(new URL(f, dir), 'utf8'))
          .filter(({ text }) => !held.has(text))
          .map(({ text, labels }) => ({ text, labels })),
      );
    byLang[lang] = [
      ...corpus,
      ...packExamples(lang).filter(({ text }) => !held.has(text)),
      ...proseNegatives(lang),
    ];
    hash.update(JSON.stringify([lang, byLang[lang]]));
  }
  return { byLang, digest: hash.digest('hex').slice(0, 16) };
}
