import type { Lang, Stance } from '../packs/pack-schema';
import { sentenceFeatures } from './sentence-features';
import type { FeatureWeights, LangModelData, SentenceModelData } from './sentence-model';
import { trainLogistic } from './train-logistic';

/** One training sentence: its text and the myths it holds, with their stance. */
export interface TrainingSentence {
  text: string;
  labels: ReadonlyArray<{ myth: string; stance: Stance }>;
  /** How much the sentence counts in training (1 by default). */
  weight?: number;
}

/** What the model is trained with; the defaults were chosen on sets it was not trained on. */
export const MODEL_SETTINGS = {
  lambda: 0.7,
  /** A feature seen in fewer training sentences than this is left out. */
  minCount: 2,
  /** Weights smaller than this are left out of the data (measured: no loss at 0.1). */
  prune: 0.1,
  /**
   * How much a pack example counts against a corpus sentence: the pack's
   * examples are its specification (the meta-test holds every pattern and
   * the model to them).
   */
  exampleWeight: 3,
  /**
   * How much an ordinary-prose sentence (no hype, tests/fixtures/prose/)
   * counts. Swept with the whole training data, scored on our held-out
   * files and on prose never trained on (paragraphs of the odd-year
   * speeches, 5,478, and of Moby-Dick, 1,529): at 0 the model raised 96 and
   * 17 false alarms there (held-out P 0.960 R 0.838); at 0.1, 17 and 9; at
   * 0.2, 12 and 8 (P 0.967 R 0.838); at 0.3, 9 and 7 but recall fell to
   * 0.817. 0.2 costs no recall.
   */
  proseWeight: 0.2,
  threshold: 0.4,
  veto: 0.1,
  /** Where no AI cue stands in the sentence or its paragraph, the model must be this sure. */
  withoutAi: 0.7,
  /** Trap cue lists: without an AI cue beside them, the model adds nothing. */
  unless: ['@tax', '@science'],
  /**
   * From this probability on, the rejection model reads a find as arguing
   * against its myth (measured on eval:cv: Korean rejects flagged on fresh
   * sets fell from about 0.16 to 0.10 at no loss of recall).
   */
  rejects: 0.7,
} as const;

const round = (x: number): number => Math.round(x * 1000) / 1000;

function trainLang(
  sentences: readonly TrainingSentence[],
  lang: Lang,
  myths: readonly string[],
): LangModelData {
  const featureSets = sentences.map((s) => sentenceFeatures(s.text, lang));
  const counts = new Map<string, number>();
  for (const list of featureSets)
    for (const f of new Set(list)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= MODEL_SETTINGS.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  // A feature listed twice (a letter 4-gram of two words) counts twice.
  const rows = featureSets.map((list) =>
    list.flatMap((f) => {
      const i = index.get(f);
      return i === undefined ? [] : [i];
    }),
  );
  const rowWeights = sentences.map((s) => s.weight ?? 1);
  const weights = myths.map((myth) =>
    trainLogistic(
      rows,
      sentences.map((s) => s.labels.some((l) => l.myth === myth && l.stance !== 'reject')),
      vocabulary.length,
      { lambda: MODEL_SETTINGS.lambda, rowWeights },
    ),
  );
  // The rejection model, last: of the sentences that speak of a myth, those that argue against it.
  const about = sentences.flatMap((s, i) => (s.labels.length > 0 ? [i] : []));
  weights.push(
    trainLogistic(
      about.map((i) => rows[i] ?? []),
      about.map((i) => sentences[i]?.labels.every((l) => l.stance === 'reject') ?? false),
      vocabulary.length,
      { lambda: MODEL_SETTINGS.lambda, rowWeights: about.map((i) => rowWeights[i] ?? 1) },
    ),
  );
  const features: FeatureWeights[] = [];
  vocabulary.forEach((feature, i) => {
    const pairs = weights.flatMap((w, m) => {
      const x = w[i] ?? 0;
      return Math.abs(x) >= MODEL_SETTINGS.prune ? [m, round(x)] : [];
    });
    if (pairs.length > 0) features.push([feature, ...pairs]);
  });
  return { bias: weights.map((w) => round(w[vocabulary.length] ?? 0)), features };
}

/**
 * Trains the sentence model: per language and myth, a logistic regression
 * over the sentence's features that tells a sentence pushing or relaying
 * the myth from everything else (other myths, plain AI text, traps, and
 * sentences arguing against the myth).
 */
export function trainSentenceModel(
  byLang: Partial<Record<Lang, readonly TrainingSentence[]>>,
  myths: readonly string[],
  trainedOn: string,
): SentenceModelData {
  const langs: SentenceModelData['langs'] = {};
  for (const [lang, sentences] of Object.entries(byLang) as Array<
    [Lang, readonly TrainingSentence[]]
  >)
    langs[lang] = trainLang(sentences, lang, myths);
  return {
    format: 1,
    trainedOn,
    myths: [...myths],
    threshold: MODEL_SETTINGS.threshold,
    veto: MODEL_SETTINGS.veto,
    withoutAi: MODEL_SETTINGS.withoutAi,
    unless: [...MODEL_SETTINGS.unless],
    rejects: MODEL_SETTINGS.rejects,
    langs,
  };
}
