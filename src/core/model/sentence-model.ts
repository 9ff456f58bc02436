import type { Lang } from '../packs/pack-schema';
import { englishWords } from './english-words';
import { englishWordFeatures, sentenceFeatures } from './sentence-features';
import { CLASS_NAMES, englishWordClasses } from './word-classes';

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

/** What the English table remembers of one word. */
interface WordEntry {
  /** What the word adds by itself and its letter 4-grams, per myth (null: nothing). */
  share: Float64Array | null;
  /** Its number as the first word of a word pair feature, or -1. */
  first: number;
  /** Its number as the second word of a word pair feature, or -1. */
  second: number;
  /** The reading that last counted it: a word counts once per sentence. */
  seen: number;
  /** Its word classes, one bit each (CLASS_NAMES). */
  classes: number;
}

interface LangTable {
  bias: number[];
  /** Per feature where its weights stand in `flat`: start * 32 + length (myth index, weight, …). */
  weights: Map<string, number>;
  flat: Float64Array;
  /** English only: the numbers of the words that start or end a word pair feature. */
  firsts: Map<string, number>;
  seconds: Map<string, number>;
  /** English only: per word pair (first * seconds.size + second) its weights' code, as in `weights`. */
  pairs: Map<number, number>;
  /** English only: each word seen so far (remembered up to WORD_MEMORY words). */
  words: Map<string, WordEntry>;
  /** English only: how many sentences were read (each reading's stamp). */
  reads: number;
  /** English only: the weights' code of each word class (`@size`), and of each pair of them (i * count + j, i < j). */
  classCodes: Array<number | undefined>;
  classPairCodes: Array<number | undefined>;
}

/** How many words an English table remembers before it starts afresh (about 3 MB). */
const WORD_MEMORY = 20_000;
const SLOTS = 32;

const numberOf = (numbers: Map<string, number>, word: string): number => {
  let n = numbers.get(word);
  if (n === undefined) numbers.set(word, (n = numbers.size));
  return n;
};

/** Builds a language's table: one typed array for every weight, so a page loads it in a few ms. */
function tableOf(data: LangModelData, lang: Lang): LangTable {
  const weights = new Map<string, number>();
  let total = 0;
  for (const entry of data.features) total += Math.min(SLOTS - 1, entry.length - 1);
  const flat = new Float64Array(total);
  const pairList: Array<[string, string, number]> = [];
  let at = 0;
  for (const entry of data.features) {
    const feature = entry[0];
    const length = Math.min(SLOTS - 1, entry.length - 1) & ~1;
    for (let j = 0; j < length; j += 1) flat[at + j] = Number(entry[j + 1]);
    const code = at * SLOTS + length;
    weights.set(feature, code);
    const space = lang === 'en' ? feature.indexOf(' ') : -1;
    if (space > 0) pairList.push([feature.slice(0, space), feature.slice(space + 1), code]);
    at += length;
  }
  const firsts = new Map<string, number>();
  const seconds = new Map<string, number>();
  for (const [first, second] of pairList) {
    numberOf(firsts, first);
    numberOf(seconds, second);
  }
  const pairs = new Map<number, number>();
  for (const [first, second, code] of pairList)
    pairs.set(numberOf(firsts, first) * seconds.size + numberOf(seconds, second), code);
  const count = CLASS_NAMES.length;
  const classPairCodes: Array<number | undefined> = [];
  for (let i = 0; i < count; i += 1)
    for (let j = i + 1; j < count; j += 1)
      classPairCodes[i * count + j] = weights.get(`@${CLASS_NAMES[i]}+${CLASS_NAMES[j]}`);
  return {
    bias: [...data.bias],
    weights,
    flat,
    firsts,
    seconds,
    pairs,
    words: new Map(),
    reads: 0,
    classCodes: CLASS_NAMES.map((name) => weights.get(`@${name}`)),
    classPairCodes,
  };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

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

/** What the table knows of one English word, worked out on first sight and remembered. */
function wordEntry(table: LangTable, word: string): WordEntry {
  let entry = table.words.get(word);
  if (entry) return entry;
  const sum = new Float64Array(table.bias.length);
  let any = false;
  for (const f of englishWordFeatures(word)) {
    const code = table.weights.get(f);
    if (code === undefined) continue;
    any = true;
    addWeights(sum, table, code);
  }
  entry = {
    share: any ? sum : null,
    first: table.firsts.get(word) ?? -1,
    second: table.seconds.get(word) ?? -1,
    seen: 0,
    classes: englishWordClasses(word).reduce((bits, c) => bits | (1 << c), 0),
  };
  if (table.words.size >= WORD_MEMORY) table.words.clear();
  table.words.set(word, entry);
  return entry;
}

/**
 * The full sum per myth of an English sentence: the bias, each distinct
 * word's remembered share, each distinct word pair's weights, found by the
 * words' numbers (no pair string is built), and its word classes'.
 */
function englishSums(table: LangTable, sentence: string): Float64Array {
  const z = Float64Array.from(table.bias);
  const n = z.length;
  const stamp = (table.reads += 1);
  const width = table.seconds.size;
  let previous: WordEntry | undefined;
  let counted: number[] | undefined;
  let classes = 0;
  for (const word of englishWords(sentence)) {
    const entry = wordEntry(table, word);
    classes |= entry.classes;
    if (entry.seen !== stamp) {
      entry.seen = stamp;
      const { share } = entry;
      if (share) for (let m = 0; m < n; m += 1) z[m] = (z[m] ?? 0) + (share[m] ?? 0);
    }
    if (previous && previous.first >= 0 && entry.second >= 0) {
      const key = previous.first * width + entry.second;
      const code = table.pairs.get(key);
      if (code !== undefined && !(counted ??= []).includes(key)) {
        counted.push(key);
        addWeights(z, table, code);
      }
    }
    previous = entry;
  }
  if (classes !== 0) addClasses(z, table, classes);
  return z;
}

/** Adds the weights of the sentence's word classes (bits of `classes`) and of each pair of them. */
function addClasses(z: Float64Array, table: LangTable, classes: number): void {
  const count = CLASS_NAMES.length;
  for (let i = 0; i < count; i += 1) {
    if ((classes & (1 << i)) === 0) continue;
    addWeights(z, table, table.classCodes[i]);
    for (let j = i + 1; j < count; j += 1)
      if ((classes & (1 << j)) !== 0) addWeights(z, table, table.classPairCodes[i * count + j]);
  }
}

/** The full sum per myth: the bias and every feature's weights. */
function exactSums(table: LangTable, sentence: string, lang: Lang): Float64Array {
  if (lang === 'en') return englishSums(table, sentence);
  const z = Float64Array.from(table.bias);
  for (const feature of sentenceFeatures(sentence, lang))
    addWeights(z, table, table.weights.get(feature));
  return z;
}

/** The probabilities a reading compares with, and where the rejection model stands. */
interface Cuts {
  threshold: number;
  veto: number;
  rejects?: { at: number; index: number } | undefined;
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
