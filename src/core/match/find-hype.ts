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
 * Where the prefilter finds anchors. An anchor that starts with a Latin
 * letter starts a word of its pattern (English words match whole, and so do
 * Latin words inside Korean text), so one with a Latin letter before it is
 * no hit ("ai" in "rain", "rate" in "celebrated"); every anchor found at
 * that place starts with the same letter, so none of them could be. The
 * check is done here rather than as a lookbehind in the RegExp, which would
 * make V8 scan it about ten times slower (measured).
 */
export function anchorHits(text: string, matcher: CompiledMatcher): Hit[] {
  const { prefilter, anchors } = matcher;
  const hits: Hit[] = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    const inWord =
      m.index > 0 && isLatin(text.charCodeAt(m.index - 1)) && isLatin(m[0].charCodeAt(0));
    if (inWord) prefilter.lastIndex = m.index + 1;
    else hits.push({ index: m.index, triggers: anchors.get(m[0].toLowerCase()) });
    if (m[0].length === 0) prefilter.lastIndex += 1;
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
