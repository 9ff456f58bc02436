import type { Lang } from '../packs/pack-schema';

const EN_WORD = /[a-z0-9][a-z0-9'’]*/g;
const KO_WORD = /[가-힣]+|[a-z0-9]+/g;
const LATIN_OR_DIGIT = /^[a-z0-9]/;

/** An English word folded so that "models", "model's" and "model" meet. */
function foldEnglish(word: string): string {
  let w = word.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The English words of a text as the model reads them: lower case, folded, in order. */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(EN_WORD) ?? []).map(foldEnglish);
}

function englishFeatures(text: string, out: Set<string>): void {
  let previous: string | undefined;
  for (const word of englishWords(text)) {
    out.add(word);
    if (previous !== undefined) out.add(`${previous} ${word}`);
    previous = word;
  }
}

/**
 * Korean words carry particles and endings and are spaced loosely, so a
 * Korean word counts by its first two syllables and its syllable pairs and
 * triples (모델이 → ^모델, 모델, 델이, 모델이); Latin words and numbers
 * inside Korean text count whole.
 */
function koreanFeatures(text: string, out: Set<string>): void {
  for (const word of text.toLowerCase().match(KO_WORD) ?? []) {
    if (LATIN_OR_DIGIT.test(word)) {
      out.add(word);
      continue;
    }
    out.add(`^${word.slice(0, 2)}`);
    for (let n = 2; n <= 3; n += 1)
      for (let i = 0; i + n <= word.length; i += 1) out.add(word.slice(i, i + n));
  }
}

/**
 * The features the sentence model reads from a sentence: English words
 * (folded) and word pairs; Korean syllable n-grams. Each feature counts
 * once, however often it occurs.
 */
export function sentenceFeatures(text: string, lang: Lang): Set<string> {
  const out = new Set<string>();
  if (lang === 'en') englishFeatures(text, out);
  else koreanFeatures(text, out);
  return out;
}
