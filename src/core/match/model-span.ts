import type { Lang } from '../packs/pack-schema';
import { sentenceFeatures } from '../model/sentence-features';
import type { SentenceScorer } from '../model/sentence-model';
import type { Span } from './split-sentences';

/** Where a clause ends: punctuation inside the sentence, and dashes between words. */
const CLAUSE_END = /[,;:()"“”]|\s[-–—]\s|[–—]/g;
/** What a highlighted clause does not begin or end with. */
const EDGE = /[\s"'“”‘’.,;:!?()[\]…-]/;

function trimmed(sentence: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(sentence.charAt(s))) s += 1;
  while (e > s && EDGE.test(sentence.charAt(e - 1))) e -= 1;
  return { start: s, end: e };
}

/**
 * The phrase to mark for a myth the sentence model found: the clause whose
 * words speak most for the myth (the sum of their positive weights), with
 * its edge punctuation left out. The whole sentence when it has one clause.
 */
export function modelSpan(
  sentence: string,
  scorer: SentenceScorer,
  lang: Lang,
  myth: number,
): Span {
  let best: Span = trimmed(sentence, 0, sentence.length);
  let bestWeight = -Infinity;
  let from = 0;
  const consider = (end: number): void => {
    const span = trimmed(sentence, from, end);
    if (span.end > span.start) {
      let weight = 0;
      for (const f of sentenceFeatures(sentence.slice(span.start, span.end), lang))
        weight += Math.max(0, scorer.weightOf(f, lang, myth));
      if (weight > bestWeight) {
        best = span;
        bestWeight = weight;
      }
    }
  };
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(sentence); m; m = CLAUSE_END.exec(sentence)) {
    consider(m.index);
    from = m.index + m[0].length;
  }
  consider(sentence.length);
  return best;
}
