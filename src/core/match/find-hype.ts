import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher } from './compiled-matcher';
import { detectLang } from './detect-lang';
import type { HypeMatch } from './hype-match';
import { matchSentence } from './match-sentence';
import { splitSentences } from './split-sentences';

/** How far around a sentence its paragraph context reaches: keeps the work per sentence bounded. */
const CONTEXT = 1500;

export interface FindOptions {
  /** The language of the text, or 'auto' (by script, per sentence). */
  lang?: Lang | 'auto';
}

/**
 * Finds hype in one run of text (a paragraph or block). A RegExp compiled
 * from every trigger finds the candidate sentences; only those are matched
 * further, so most text costs one RegExp pass.
 */
export function findHype(
  text: string,
  matcher: CompiledMatcher,
  options: FindOptions = {},
): HypeMatch[] {
  const { prefilter } = matcher;
  prefilter.lastIndex = 0;
  const first = prefilter.exec(text);
  if (!first) return [];
  const hits = [first.index];
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    hits.push(m.index);
    if (m[0].length === 0) prefilter.lastIndex += 1;
  }
  const out: HypeMatch[] = [];
  let h = 0;
  for (const sentence of splitSentences(text)) {
    while (h < hits.length && (hits[h] ?? 0) < sentence.start) h += 1;
    if (h >= hits.length) break;
    if ((hits[h] ?? Infinity) >= sentence.end) continue;
    const slice = text.slice(sentence.start, sentence.end);
    const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLang(slice);
    const around = text.slice(Math.max(0, sentence.start - CONTEXT), sentence.end + CONTEXT);
    out.push(...matchSentence(slice, sentence.start, around, lang, matcher));
  }
  return out;
}
