import nlp from 'compromise/one';
import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher, CompiledTrigger } from './compiled-matcher';
import { decideStance } from './decide-stance';
import type { HypeMatch } from './hype-match';
import type { Span } from './split-sentences';

interface Candidate {
  trigger: CompiledTrigger;
  index: number;
  span: Span;
  inSentence: boolean;
}

interface SweepFound {
  trigger?: number;
  view: {
    json: (opts: object) => Array<{ terms: Array<{ offset: { start: number; length: number } }> }>;
  };
}

interface SweepDoc {
  sweep: (net: unknown) => { found: SweepFound[] };
}

/** Does the trigger's sense hold here: its cues present, its traps absent, about AI where it must be? */
function senseHolds(
  trigger: CompiledTrigger,
  sentence: string,
  span: Span,
  paragraph: string,
  matcher: CompiledMatcher,
): boolean | 'paragraph' {
  if (trigger.with && !trigger.with.test(sentence)) return false;
  const ai = matcher.ai[trigger.lang];
  // The phrase cannot be its own context ("bigger model" is not about AI because of "model").
  const rest = `${sentence.slice(0, span.start)} ${sentence.slice(span.end)}`;
  const aiInSentence = ai ? ai.test(rest) : false;
  if (trigger.unless) {
    if (trigger.unless.test(sentence)) return false;
    if (!aiInSentence && trigger.unless.test(paragraph)) return false;
  }
  if (!trigger.context || aiInSentence) return true;
  return ai?.test(paragraph) ? 'paragraph' : false;
}

/** The spans compromise finds for the English triggers that passed the sense checks. */
function compromiseSpans(
  sentence: string,
  matcher: CompiledMatcher,
  wanted: Set<number>,
): Map<number, Span> {
  const spans = new Map<number, Span>();
  const doc = nlp(sentence) as unknown as SweepDoc;
  for (const found of doc.sweep(matcher.net).found) {
    if (found.trigger === undefined || !wanted.has(found.trigger) || spans.has(found.trigger))
      continue;
    const terms = found.view.json({ offset: true })[0]?.terms ?? [];
    const first = terms[0]?.offset;
    const last = terms[terms.length - 1]?.offset;
    if (first && last)
      spans.set(found.trigger, { start: first.start, end: last.start + last.length });
  }
  return spans;
}

/**
 * Matches one sentence against the triggers of its language. English
 * candidates found by RegExp are confirmed, and their spans taken, by
 * compromise; Korean spans come from the RegExp.
 */
export function matchSentence(
  sentence: string,
  offset: number,
  paragraph: string,
  lang: Lang,
  matcher: CompiledMatcher,
  only?: ReadonlySet<number>,
): HypeMatch[] {
  const candidates: Candidate[] = [];
  matcher.triggers.forEach((trigger, index) => {
    if (trigger.lang !== lang || (only && !only.has(index))) return;
    const found = trigger.regex.exec(sentence);
    if (!found) return;
    const span = { start: found.index, end: found.index + found[0].length };
    const sense = senseHolds(trigger, sentence, span, paragraph, matcher);
    if (sense === false) return;
    candidates.push({ trigger, index, span, inSentence: sense === true });
  });
  if (candidates.length === 0) return [];
  if (lang === 'en') {
    const spans = compromiseSpans(sentence, matcher, new Set(candidates.map((c) => c.index)));
    for (const c of candidates) {
      const span = spans.get(c.index);
      if (span) c.span = span;
      else c.span = { start: -1, end: -1 };
    }
  }
  const best = new Map<string, { match: HypeMatch; weight: number }>();
  for (const c of candidates) {
    if (c.span.start < 0) continue;
    const confidence = Math.min(
      1,
      Math.round((c.trigger.weight + (c.inSentence && c.trigger.context ? 0.1 : 0)) * 100) / 100,
    );
    const previous = best.get(c.trigger.myth);
    if (previous && previous.match.confidence >= confidence) continue;
    best.set(c.trigger.myth, {
      weight: c.trigger.weight,
      match: {
        start: offset + c.span.start,
        end: offset + c.span.end,
        text: sentence.slice(c.span.start, c.span.end),
        myth: c.trigger.myth,
        stance: decideStance(
          sentence,
          c.span,
          matcher.stance.get(c.trigger.myth)?.[lang],
          lang,
          c.trigger.inverse,
        ),
        confidence,
      },
    });
  }
  return dropWeakCompanions([...best.values()]);
}

/** Weak triggers yield to a strong one of another myth in the same sentence: the sentence is about that myth. */
const STRONG = 0.85;
const WEAK = 0.75;

function dropWeakCompanions(matches: Array<{ match: HypeMatch; weight: number }>): HypeMatch[] {
  const strong = matches.some((m) => m.weight >= STRONG);
  return matches.filter((m) => !strong || m.weight > WEAK).map((m) => m.match);
}
