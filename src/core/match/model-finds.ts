import type { SentenceReading } from '../model/sentence-model';
import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher, MatcherModel } from './compiled-matcher';
import { decideStance } from './decide-stance';
import type { HypeMatch } from './hype-match';
import { modelSpan } from './model-span';

/** Does the model doubt `myth` in the sentence it read? (No say over myths outside its pack.) */
export function modelDoubts(model: MatcherModel, reading: SentenceReading, myth: string): boolean {
  if (!model.myths.has(myth)) return false;
  const m = model.scorer.myths.indexOf(myth);
  return m >= 0 && reading.doubts(m);
}

/** May the model add `myth` to a sentence: a myth of its pack that no pattern found or trapped? */
export function mayAdd(model: MatcherModel, skip: ReadonlySet<string>, myth: string): boolean {
  return model.myths.has(myth) && !skip.has(myth);
}

/** One sentence as modelFinds reads it. */
export interface ModelFindsInput {
  sentence: string;
  /** Where the sentence starts in the text. */
  offset: number;
  lang: Lang;
  matcher: CompiledMatcher;
  model: MatcherModel;
  reading: SentenceReading;
  /** Myths already found by a pattern, or whose trap words a pattern met. */
  skip: ReadonlySet<string>;
  retort: string;
  /** Is there an AI cue in the sentence or its paragraph? Without one the model must be surer. */
  aiContext: boolean;
}

/**
 * The myths the sentence model finds where no pattern did: the clause that
 * speaks most for the myth is the phrase, and the stance cues read the
 * whole sentence (a sentence they read as rejecting stays unmarked: the
 * model learnt to find what pushes or relays a myth, and a rejecting cue
 * it missed is still a rejecting cue).
 */
export function modelFinds(input: ModelFindsInput): HypeMatch[] {
  const { sentence, offset, lang, matcher, model, reading, skip, retort, aiContext } = input;
  const out: HypeMatch[] = [];
  const bare = model.data.withoutAi ?? model.scorer.threshold;
  model.scorer.myths.forEach((myth, m) => {
    if (!mayAdd(model, skip, myth) || !reading.holds(m)) return;
    if (!aiContext && reading.probability(m) < bare) return;
    const span = modelSpan(sentence, model.scorer, lang, m);
    if (span.end <= span.start) return;
    const cues = matcher.stance.get(myth)?.[lang];
    // The claim is the sentence's own: its cues count wherever they stand, before an empty phrase at its end.
    const end = { start: sentence.length, end: sentence.length };
    const stance = decideStance(sentence, end, cues, lang, false, retort);
    if (stance === 'reject') return;
    out.push({
      start: offset + span.start,
      end: offset + span.end,
      text: sentence.slice(span.start, span.end),
      myth,
      stance,
      confidence: Math.round(reading.probability(m) * 100) / 100,
    });
  });
  return out;
}
