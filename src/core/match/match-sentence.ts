import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher, CompiledTrigger } from './compiled-matcher';
import type { CueRegExp } from './cue-regexp';
import { mayAdd, modelDoubts, modelFinds } from './model-finds';
import type { SentenceReading } from '../model/sentence-model';
import { decideStance } from './decide-stance';
import type { HypeMatch } from './hype-match';
import { SentenceContext } from './sentence-context';
import type { Span } from './split-sentences';
import type { TextCues } from './text-cues';

/** The paragraph around a sentence: the window of the text (with its cues) that counts as its context. */
export interface ParagraphOf {
  cues: TextCues;
  window: Span;
}

interface Candidate {
  trigger: CompiledTrigger;
  index: number;
  span: Span;
  inSentence: boolean;
}

/** Weak triggers yield to a stronger one of another myth in the same sentence: the sentence is about that myth. */
const WEAK = 0.75;

/**
 * Does the trigger's sense hold here: its cues present, its traps absent
 * ('trap' when they are there), about AI where it must be ('paragraph' when
 * only the paragraph says so)?
 */
function senseHolds(
  trigger: CompiledTrigger,
  span: Span,
  ctx: SentenceContext,
): boolean | 'paragraph' | 'trap' {
  if (trigger.with && !ctx.sentenceHas(trigger.with)) return false;
  // The phrase cannot be its own context ("bigger model" is not about AI because of "model").
  const aiInSentence = ctx.aiOutside(span);
  if (trigger.unless) {
    if (ctx.sentenceHas(trigger.unless)) return 'trap';
    if (!aiInSentence && ctx.paragraphHas(trigger.unless)) return 'trap';
  }
  if (!trigger.context || aiInSentence) return true;
  return ctx.aiInParagraph() ? 'paragraph' : false;
}

/** Does the sentence (or its paragraph) hold a trap cue, with no AI cue in the sentence? */
function trapWithoutAi(ctx: SentenceContext, unless: CueRegExp | undefined): boolean {
  if (!unless || ctx.aiInSentence()) return false;
  return ctx.sentenceHas(unless) || ctx.paragraphHas(unless);
}

function confidenceOf(c: Candidate): number {
  const bonus = c.inSentence && c.trigger.context ? 0.1 : 0;
  return Math.min(1, Math.round((c.trigger.weight + bonus) * 100) / 100);
}

/** The best candidate per myth; weak ones dropped when another myth has a strong one. */
function winners(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const previous = best.get(c.trigger.myth);
    // The strongest trigger names the phrase; confidence (which adds the context bonus) breaks ties.
    const better =
      !previous ||
      c.trigger.weight > previous.trigger.weight ||
      (c.trigger.weight === previous.trigger.weight && confidenceOf(c) > confidenceOf(previous));
    if (better) best.set(c.trigger.myth, c);
  }
  const all = [...best.values()];
  const strongest = Math.max(...all.map((c) => c.trigger.weight));
  // A weak trigger stands only when nothing stronger of another myth stands beside it.
  return all.filter((c) => c.trigger.weight > WEAK || c.trigger.weight >= strongest);
}

/**
 * Matches one sentence against the triggers of its language (or only those
 * in `only`); each phrase's span is where its RegExp found it. The stance
 * is read once per myth, for its best phrase. Where the matcher has a
 * sentence model, its own pack's finds stand only when the model bears
 * them out (or when the sentence argues against the myth), and the model
 * adds the myths it finds that no pattern did.
 */
export function matchSentence(
  sentence: string,
  offset: number,
  paragraph: ParagraphOf,
  lang: Lang,
  matcher: CompiledMatcher,
  only?: ReadonlySet<number>,
  retort = '',
): HypeMatch[] {
  const ctx = new SentenceContext(sentence, paragraph.cues, paragraph.window, matcher.ai[lang]);
  const model = matcher.model;
  let reading: SentenceReading | undefined;
  // Read by the model only when asked: most sentences the prefilter passes need no reading for their veto.
  const read = (): SentenceReading | undefined => (reading ??= model?.scorer.read(sentence, lang));
  const kept: Candidate[] = [];
  const vetoed: Candidate[] = [];
  const trapped = new Set<string>();
  const consider = (trigger: CompiledTrigger, index: number): void => {
    if (trigger.lang !== lang) return;
    const found = trigger.regex.exec(sentence);
    if (!found) return;
    const span = { start: found.index, end: found.index + found[0].length };
    const sense = senseHolds(trigger, span, ctx);
    if (sense === 'trap') trapped.add(trigger.myth);
    if (sense === false || sense === 'trap') return;
    const candidate = { trigger, index, span, inSentence: sense === true };
    const said = trigger.vetoable && model ? read() : undefined;
    const doubted =
      model !== undefined && said !== undefined && modelDoubts(model, said, trigger.myth);
    (doubted ? vetoed : kept).push(candidate);
  };
  if (only) for (const index of only) consider(matcher.triggers[index] as CompiledTrigger, index);
  else matcher.triggers.forEach(consider);
  const toMatch = (c: Candidate): HypeMatch => ({
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
      retort,
    ),
    confidence: confidenceOf(c),
  });
  const winning = winners(kept);
  const found = winning.map(toMatch);
  // A find the model doubts still tells of a sentence that argues against the myth.
  for (const c of winners(vetoed)) {
    if (found.some((f) => f.myth === c.trigger.myth)) continue;
    const match = toMatch(c);
    if (match.stance === 'reject') found.push(match);
  }
  if (!model) return found;
  const ours = new Set(winning.filter((c) => c.trigger.vetoable).map((c) => c.trigger.myth));
  const pending = found.some((f) => ours.has(f.myth) && f.stance !== 'reject');
  const skip = new Set([...trapped, ...found.map((f) => f.myth)]);
  // With no find of its pack to confirm or turn, the model can only add myths: where it holds
  // none, nothing else need be asked (the common case on a page, and the cue scans cost most).
  if (!pending) {
    const said = read();
    const adds =
      said && model.scorer.myths.some((myth, m) => mayAdd(model, skip, myth) && said.holds(m));
    if (!adds) return found;
  }
  const trap = trapWithoutAi(ctx, model.unless[lang]);
  if (!pending && trap) return found;
  const said = read();
  if (!said) return found;
  // The rejection model reads the whole sentence: where it argues against what it speaks of,
  // the finds of the model's own pack are rejections, and the model adds none of its own.
  if (said.rejects())
    return found.map((f) => (ours.has(f.myth) ? { ...f, stance: 'reject' as const } : f));
  if (trap) return found;
  return [
    ...found,
    ...modelFinds({
      sentence,
      offset,
      lang,
      matcher,
      model,
      reading: said,
      skip,
      retort,
      aiContext: ctx.aiInSentence() || ctx.aiInParagraph(),
    }),
  ];
}
