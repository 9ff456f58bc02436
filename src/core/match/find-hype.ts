import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher } from './compiled-matcher';
import { detectLang } from './detect-lang';
import type { HypeMatch } from './hype-match';
import { matchSentence } from './match-sentence';
import { splitSentences } from './split-sentences';
import { TextCues } from './text-cues';
import { RETORT_LIMITS } from './decide-stance';

/** How far around a sentence its paragraph context reaches: keeps the work per sentence bounded. */
const CONTEXT = 1500;
/** The longest following sentence still read as a retort to the claim before it. */
/** The longest sentence read as a retort, in any language (decideStance applies each language's own). */
const MAX_RETORT = Math.max(...Object.values(RETORT_LIMITS));

export interface FindOptions {
  /** The language of the text, or 'auto' (by script, per sentence). */
  lang?: Lang | 'auto';
}

interface Hit {
  index: number;
  /** The triggers this anchor can start, or undefined when unknown (try them all). */
  triggers: number[] | undefined;
}

/** Is the UTF-16 code unit a Latin letter? */
function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The anchor found at `index` (`word`, lower case) or, when it cannot stand
 * there, the longest shorter anchor at the same place that can: none whose
 * last letter is Latin may have a Latin letter after it.
 */
function anchorAt(
  text: string,
  index: number,
  word: string,
  anchors: CompiledMatcher['anchors'],
): { found: boolean; triggers: number[] | undefined } {
  for (let length = word.length; length > 0; length -= 1) {
    const end = index + length;
    const cut = isLatin(word.charCodeAt(length - 1)) && isLatin(text.charCodeAt(end));
    if (length === word.length) {
      if (!cut) return { found: true, triggers: anchors.get(word) };
      continue;
    }
    if (cut) continue;
    const triggers = anchors.get(word.slice(0, length));
    if (triggers) return { found: true, triggers };
  }
  return { found: false, triggers: undefined };
}

/**
 * Where the prefilter finds anchors. An anchor that starts with a Latin
 * letter starts a word of its pattern (English words match whole, and so do
 * Latin words inside Korean text), so one with a Latin letter before it is
 * no hit ("ai" in "rain", "rate" in "celebrated"); every anchor found at
 * that place starts with the same letter, so none of them could be. Each
 * word's inflections are alternatives of their own, and an anchor is cut at
 * a space, hyphen or apostrophe, so one that ends with a Latin letter ends a
 * word too: "ai" in "air", "gre" in "great" or "ever" in "every" is no hit
 * either (an anchor that holds a digit or a Korean letter may leave a
 * shorter one at the same place that is). The checks are done here rather
 * than as lookarounds in the RegExp, which would make V8 scan it about ten
 * times slower (measured).
 */
export function anchorHits(
  text: string,
  matcher: Pick<CompiledMatcher, 'prefilter' | 'anchors'>,
): Hit[] {
  const { prefilter, anchors } = matcher;
  const hits: Hit[] = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    const word = m[0];
    if (word.length === 0) {
      prefilter.lastIndex += 1;
      continue;
    }
    const inWord =
      m.index > 0 && isLatin(text.charCodeAt(m.index - 1)) && isLatin(word.charCodeAt(0));
    const at = inWord ? undefined : anchorAt(text, m.index, word.toLowerCase(), anchors);
    if (at?.found) hits.push({ index: m.index, triggers: at.triggers });
    // The next anchor may start inside a word that held none.
    else prefilter.lastIndex = m.index + 1;
  }
  return hits;
}

/**
 * Finds hype in one run of text (a paragraph or block). One RegExp over the
 * triggers' rarest words finds the candidate sentences; only those are
 * matched further, and only against the triggers their words can start, so
 * most text costs one RegExp pass.
 */
export function findHype(
  text: string,
  matcher: CompiledMatcher,
  options: FindOptions = {},
): HypeMatch[] {
  const hits = anchorHits(text, matcher);
  if (hits.length === 0) return [];
  const out: HypeMatch[] = [];
  let h = 0;
  const sentences = splitSentences(text);
  const cues = new TextCues(text);
  sentences.forEach((sentence, s) => {
    while (h < hits.length && (hits[h]?.index ?? 0) < sentence.start) h += 1;
    if (h >= hits.length) return;
    const wanted = new Set<number>();
    let all = false;
    for (let k = h; k < hits.length && (hits[k]?.index ?? Infinity) < sentence.end; k += 1) {
      const triggers = hits[k]?.triggers;
      if (triggers) for (const t of triggers) wanted.add(t);
      else all = true;
    }
    if (wanted.size === 0 && !all) return;
    const slice = text.slice(sentence.start, sentence.end);
    const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLang(slice);
    const window = {
      start: Math.max(0, sentence.start - CONTEXT),
      end: Math.min(text.length, sentence.end + CONTEXT),
    };
    // A short retort right after the claim ("Sure.", "글쎄요.") is part of its stance.
    const next = sentences[s + 1];
    const retort =
      next && next.end - next.start <= MAX_RETORT ? text.slice(next.start, next.end) : '';
    out.push(
      ...matchSentence(
        slice,
        sentence.start,
        { cues, window },
        lang,
        matcher,
        all ? undefined : wanted,
        retort,
      ),
    );
  });
  return out;
}
