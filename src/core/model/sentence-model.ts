import type { Lang } from '../packs/pack-schema';
import { sentenceFeatures } from './sentence-features';

/**
 * A feature and its weights: `[feature, mythIndex, weight, mythIndex, weight, …]`,
 * only the myths where the weight matters.
 */
export type FeatureWeights = [string, ...number[]];

/** The weights of one language: a bias per myth and the features that count. */
export interface LangModelData {
  bias: number[];
  features: FeatureWeights[];
}

/**
 * The sentence model as data (JSON, structured-clone safe): per myth and
 * language a logistic regression that reads a sentence's words and tells
 * how likely the sentence pushes or relays the myth (not argues against
 * it). Trained by `npm run train` from the development corpora and the
 * pack's examples.
 */
export interface SentenceModelData {
  format: 1;
  /** A digest of the training data: the meta-test asks for a retrain when the corpora change. */
  trainedOn: string;
  myths: string[];
  /** From this probability on, a sentence holds the myth even where no pattern found it. */
  threshold: number;
  /** Below this probability, a pattern's find in the model's own pack is dropped. */
  veto: number;
  langs: Partial<Record<Lang, LangModelData>>;
}

/** A compiled sentence model: the probability per myth that a sentence holds it. */
export interface SentenceScorer {
  myths: readonly string[];
  threshold: number;
  veto: number;
  /** The probability per myth (in `myths` order), or undefined when the language has no model. */
  probabilities: (sentence: string, lang: Lang) => Float64Array | undefined;
  /** How much each word range of the sentence speaks for `myth`: the heaviest clause names the phrase. */
  weightOf: (feature: string, lang: Lang, myth: number) => number;
}

interface LangTable {
  bias: number[];
  weights: Map<string, Map<number, number>>;
}

function tableOf(data: LangModelData): LangTable {
  const weights = new Map<string, Map<number, number>>();
  for (const [feature, ...pairs] of data.features) {
    const perMyth = new Map<number, number>();
    for (let i = 0; i + 1 < pairs.length; i += 2) perMyth.set(pairs[i] ?? 0, pairs[i + 1] ?? 0);
    weights.set(feature, perMyth);
  }
  return { bias: [...data.bias], weights };
}

/** Turns model data into a scorer. */
export function compileSentenceModel(data: SentenceModelData): SentenceScorer {
  const tables: Partial<Record<Lang, LangTable>> = {};
  for (const [lang, langData] of Object.entries(data.langs) as Array<[Lang, LangModelData]>)
    tables[lang] = tableOf(langData);
  return {
    myths: data.myths,
    threshold: data.threshold,
    veto: data.veto,
    probabilities(sentence, lang) {
      const table = tables[lang];
      if (!table) return undefined;
      const z = Float64Array.from(table.bias);
      for (const feature of sentenceFeatures(sentence, lang)) {
        const perMyth = table.weights.get(feature);
        if (perMyth) for (const [m, w] of perMyth) z[m] = (z[m] ?? 0) + w;
      }
      return z.map((x) => 1 / (1 + Math.exp(-x)));
    },
    weightOf(feature, lang, myth) {
      return tables[lang]?.weights.get(feature)?.get(myth) ?? 0;
    },
  };
}

/** Is this (probably) sentence model data of this version? */
export function isSentenceModelData(value: unknown): value is SentenceModelData {
  const v = value as Partial<SentenceModelData> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === 1 &&
    Array.isArray(v.myths) &&
    typeof v.threshold === 'number' &&
    typeof v.veto === 'number' &&
    typeof v.langs === 'object' &&
    v.langs !== null
  );
}
