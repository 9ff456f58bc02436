import type { Lang } from '../packs/pack-schema';
import { englishWords } from './english-words';
import { classFeatures, englishWordClasses } from './word-classes';

const KO_WORD = /[가-힣]+|[a-z0-9]+/g;
const LATIN_OR_DIGIT = /^[a-z0-9]/;

/** Words this long also count by their letter 4-grams ("extrapolating" meets "extrapolation"). */
const GRAM_WORD = 5;
const GRAM = 4;

/** The features of one English word alone: itself and, when long, its letter 4-grams (marked `#`, word edges `<` `>`). */
export function englishWordFeatures(word: string): string[] {
  if (word.length < GRAM_WORD) return [word];
  const edged = `<${word}>`;
  const out = [word];
  for (let i = 0; i + GRAM <= edged.length; i += 1) out.push(`#${edged.slice(i, i + GRAM)}`);
  return out;
}

function englishFeatures(text: string): string[] {
  const words = englishWords(text);
  const out: string[] = [];
  const classes: number[] = [];
  for (const word of new Set(words)) {
    out.push(...englishWordFeatures(word));
    classes.push(...englishWordClasses(word));
  }
  out.push(...classFeatures(classes));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1)
    pairs.add(`${words[i] ?? ''} ${words[i + 1] ?? ''}`);
  out.push(...pairs);
  return out;
}

/**
 * Korean words carry particles and endings and are spaced loosely, so a
 * Korean word counts by its first two syllables and its syllable pairs and
 * triples (모델이 → ^모델, 모델, 델이, 모델이); Latin words and numbers
 * inside Korean text count whole.
 */
function koreanFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(KO_WORD) ?? []) {
    if (LATIN_OR_DIGIT.test(word)) {
      out.add(word);
      continue;
    }
    out.add(`^${word.slice(0, 2)}`);
    for (let n = 2; n <= 3; n += 1)
      for (let i = 0; i + n <= word.length; i += 1) out.add(word.slice(i, i + n));
  }
  return [...out];
}

/**
 * The features the sentence model reads from a sentence: English words
 * (folded), their letter 4-grams and word pairs; Korean syllable n-grams.
 * Each word, pair and Korean n-gram counts once, however often it occurs;
 * a letter 4-gram counts once per distinct word that holds it, so a word's
 * whole share can be summed once and remembered.
 */
export function sentenceFeatures(text: string, lang: Lang): string[] {
  return lang === 'en' ? englishFeatures(text) : koreanFeatures(text);
}
