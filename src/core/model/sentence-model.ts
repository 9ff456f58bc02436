import type { Lang } from '../packs/pack-schema';
import { englishWordFeatures, englishWords, sentenceFeatures } from './sentence-features';

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
  /** The threshold for a sentence whose paragraph holds no AI cue: a stricter one (undefined: the same). */
  withoutAi?: number | undefined;
  /**
   * Cue lists of the model's pack (`@tax`, `@science`): a sentence with one
   * of them and no AI cue gets no find from the model (a tax page's "AGI").
   */
  unless?: string[] | undefined;
  /**
   * Where set, each language's weights and biases hold one more model after
   * the myths' (index `myths.length`): does a sentence that speaks of a
   * myth argue against it? From this probability on, a find reads as a
   * rejection.
   */
  rejects?: number | undefined;
  langs: Partial<Record<Lang, LangModelData>>;
}

/** What the model says of one sentence, worked out only as far as each question needs. */
export interface SentenceReading {
  /** Does the sentence hold myth `m` (probability at least the threshold)? */
  holds: (m: number) => boolean;
  /** Does the model doubt myth `m` here (probability under the veto)? */
  doubts: (m: number) => boolean;
  probability: (m: number) => number;
  /** Does the sentence argue against the myths it speaks of (the rejection model, where there is one)? */
  rejects: () => boolean;
}

/** A compiled sentence model: the probability per myth that a sentence holds it. */
export interface SentenceScorer {
  myths: readonly string[];
  threshold: number;
  veto: number;
  /** A lazy reading of the sentence, or undefined when the language has no model. */
  read: (sentence: string, lang: Lang) => SentenceReading | undefined;
  /** How much each word range of the sentence speaks for `myth`: the heaviest clause names the phrase. */
  weightOf: (feature: string, lang: Lang, myth: number) => number;
}

interface LangTable {
  bias: number[];
  /** Per feature where its weights stand in `flat`: start * 32 + length (myth index, weight, …). */
  weights: Map<string, number>;
  flat: Float64Array;
  /**
   * English only: per first word of a word pair, the highest and lowest
   * weight per myth of any pair it starts (0 where none is higher or lower).
   */
  pairBounds: Map<string, { high: Float64Array; low: Float64Array }>;
  /** English only: what each word seen so far adds by itself and its letter 4-grams (remembered). */
  wordSums: Map<string, Float64Array | null>;
}

/** How many words' shares an English table remembers before it starts afresh (about 3 MB). */
const WORD_MEMORY = 20_000;
const SLOTS = 32;

/** Builds a language's table: one typed array for every weight, so a page loads it in a few ms. */
function tableOf(data: LangModelData, lang: Lang): LangTable {
  const weights = new Map<string, number>();
  let total = 0;
  for (const entry of data.features) total += Math.min(SLOTS - 1, entry.length - 1);
  const flat = new Float64Array(total);
  const pairBounds = new Map<string, { high: Float64Array; low: Float64Array }>();
  let at = 0;
  for (const entry of data.features) {
    const feature = entry[0];
    const length = Math.min(SLOTS - 1, entry.length - 1) & ~1;
    for (let j = 0; j < length; j += 1) flat[at + j] = Number(entry[j + 1]);
    weights.set(feature, at * SLOTS + length);
    const space = lang === 'en' ? feature.indexOf(' ') : -1;
    if (space > 0)
      boundPair(pairBounds, feature.slice(0, space), flat, at, length, data.bias.length);
    at += length;
  }
  return { bias: [...data.bias], weights, flat, pairBounds, wordSums: new Map() };
}

function boundPair(
  pairBounds: LangTable['pairBounds'],
  first: string,
  flat: Float64Array,
  at: number,
  length: number,
  myths: number,
): void {
  let bounds = pairBounds.get(first);
  if (!bounds) {
    bounds = { high: new Float64Array(myths), low: new Float64Array(myths) };
    pairBounds.set(first, bounds);
  }
  for (let i = at; i + 1 < at + length; i += 2) {
    const m = flat[i] ?? 0;
    const w = flat[i + 1] ?? 0;
    bounds.high[m] = Math.max(bounds.high[m] ?? 0, w);
    bounds.low[m] = Math.min(bounds.low[m] ?? 0, w);
  }
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));

function addWeights(z: Float64Array, table: LangTable, code: number | undefined): void {
  if (code === undefined) return;
  const start = Math.floor(code / SLOTS);
  const end = start + (code % SLOTS);
  const { flat } = table;
  for (let i = start; i + 1 < end; i += 2) {
    const m = flat[i] ?? 0;
    z[m] = (z[m] ?? 0) + (flat[i + 1] ?? 0);
  }
}

/** What one English word adds by itself and its letter 4-grams, per myth (null: nothing). */
function wordShare(table: LangTable, word: string): Float64Array | null {
  let share = table.wordSums.get(word);
  if (share !== undefined) return share;
  const sum = new Float64Array(table.bias.length);
  let any = false;
  for (const f of englishWordFeatures(word)) {
    const code = table.weights.get(f);
    if (code === undefined) continue;
    any = true;
    addWeights(sum, table, code);
  }
  share = any ? sum : null;
  if (table.wordSums.size >= WORD_MEMORY) table.wordSums.clear();
  table.wordSums.set(word, share);
  return share;
}

/** The words' sums with the weights of the sentence's distinct word pairs added. */
function withPairs(
  table: LangTable,
  unigrams: Float64Array,
  words: readonly string[],
): Float64Array {
  const z = Float64Array.from(unigrams);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const first = words[i] ?? '';
    // Only a word that starts some pair feature can start this one.
    if (table.pairBounds.has(first)) pairs.add(`${first} ${words[i + 1] ?? ''}`);
  }
  for (const pair of pairs) addWeights(z, table, table.weights.get(pair));
  return z;
}

/** The full sum per myth: the bias and every feature's weights. */
function exactSums(table: LangTable, sentence: string, lang: Lang): Float64Array {
  const z = Float64Array.from(table.bias);
  for (const feature of sentenceFeatures(sentence, lang))
    addWeights(z, table, table.weights.get(feature));
  return z;
}

/**
 * An English reading: the words' own weights at once, and bounds on what
 * the word pairs can add, so most questions are answered without building
 * the pairs (a sentence far from every threshold is the common case).
 */
/** The probabilities a reading compares with, and where the rejection model stands. */
interface Cuts {
  threshold: number;
  veto: number;
  rejects?: { at: number; index: number } | undefined;
}

function englishReading(table: LangTable, sentence: string, cuts: Cuts): SentenceReading {
  const words = englishWords(sentence);
  const n = table.bias.length;
  const unigrams = Float64Array.from(table.bias);
  for (const word of new Set(words)) {
    const share = wordShare(table, word);
    if (share) for (let m = 0; m < n; m += 1) unigrams[m] = (unigrams[m] ?? 0) + (share[m] ?? 0);
  }
  const high = Float64Array.from(unigrams);
  const low = Float64Array.from(unigrams);
  for (let i = 0; i + 1 < words.length; i += 1) {
    const bounds = table.pairBounds.get(words[i] ?? '');
    if (!bounds) continue;
    for (let m = 0; m < n; m += 1) {
      high[m] = (high[m] ?? 0) + (bounds.high[m] ?? 0);
      low[m] = (low[m] ?? 0) + (bounds.low[m] ?? 0);
    }
  }
  let exact: Float64Array | undefined;
  const sum = (m: number): number => {
    exact ??= withPairs(table, unigrams, words);
    return exact[m] ?? 0;
  };
  const atLeast = (m: number, cut: number): boolean => {
    if ((high[m] ?? 0) < cut) return false;
    if ((low[m] ?? 0) >= cut) return true;
    return sum(m) >= cut;
  };
  const holdsAt = logit(cuts.threshold);
  const vetoAt = logit(cuts.veto);
  const { rejects } = cuts;
  return {
    holds: (m) => atLeast(m, holdsAt),
    doubts: (m) => !atLeast(m, vetoAt),
    probability: (m) => sigmoid(sum(m)),
    rejects: () => rejects !== undefined && atLeast(rejects.index, logit(rejects.at)),
  };
}

function exactReading(z: Float64Array, cuts: Cuts): SentenceReading {
  const p = (m: number): number => sigmoid(z[m] ?? -Infinity);
  const { rejects } = cuts;
  return {
    holds: (m) => p(m) >= cuts.threshold,
    doubts: (m) => p(m) < cuts.veto,
    probability: p,
    rejects: () => rejects !== undefined && p(rejects.index) >= rejects.at,
  };
}

/** Turns model data into a scorer. */
export function compileSentenceModel(data: SentenceModelData): SentenceScorer {
  const cuts: Cuts = {
    threshold: data.threshold,
    veto: data.veto,
    rejects:
      data.rejects === undefined ? undefined : { at: data.rejects, index: data.myths.length },
  };
  // Each language's table is built when first needed: an English page never builds the Korean one.
  const built: Partial<Record<Lang, LangTable>> = {};
  const tableFor = (lang: Lang): LangTable | undefined => {
    const langData = data.langs[lang];
    if (!langData) return undefined;
    return (built[lang] ??= tableOf(langData, lang));
  };
  return {
    myths: data.myths,
    threshold: data.threshold,
    veto: data.veto,
    read(sentence, lang) {
      const table = tableFor(lang);
      if (!table) return undefined;
      if (lang === 'en') return englishReading(table, sentence, cuts);
      return exactReading(exactSums(table, sentence, lang), cuts);
    },
    weightOf(feature, lang, myth) {
      const table = tableFor(lang);
      const code = table?.weights.get(feature);
      if (!table || code === undefined) return 0;
      const start = Math.floor(code / SLOTS);
      for (let i = start; i + 1 < start + (code % SLOTS); i += 2)
        if (table.flat[i] === myth) return table.flat[i + 1] ?? 0;
      return 0;
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
