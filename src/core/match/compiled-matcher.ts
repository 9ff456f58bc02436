import type { Lang, Myth, Pack } from '../packs/pack-schema';
import type { CueRegExp } from './cue-regexp';
import type { SentenceModelData, SentenceScorer } from '../model/sentence-model';

/** The part of a pack the matcher is compiled from (cards and examples are not needed). */
export type MatcherSource = Pick<Pack, 'cues' | 'stance'> & {
  myths: ReadonlyArray<Pick<Myth, 'id' | 'patterns' | 'stance'>>;
  /** The pack's sentence model (bundled packs only). */
  model?: SentenceModelData | undefined;
};

/** The sentence model in force: the first pack's that has one, over that pack's myths. */
export interface MatcherModel {
  data: SentenceModelData;
  scorer: SentenceScorer;
  /** The myths the model may add or veto: those of its own pack (none when that pack is off). */
  myths: ReadonlySet<string>;
  /** Per language, the trap cues that keep the model from adding a myth to a sentence without an AI cue. */
  unless: Partial<Record<Lang, CueRegExp>>;
}

/** The stance cues that apply to one myth in one language. */
export interface StanceRegExps {
  report?: CueRegExp | undefined;
  reject?: CueRegExp | undefined;
  negate?: CueRegExp | undefined;
  dismiss?: CueRegExp | undefined;
  /** Phrases that look negative but push the claim ("no sign of slowing"). */
  assert?: CueRegExp | undefined;
  /**
   * The myth's own reject cues alone (not the pack's): on an inverse trigger
   * they confirm the obstacle ("price", "copyright") instead of denying it.
   */
  mythReject?: CueRegExp | undefined;
}

/** A trigger pattern compiled for matching. */
export interface CompiledTrigger {
  myth: string;
  lang: Lang;
  /** Finds the phrase (sticky-free, case-insensitive). */
  regex: RegExp;
  with?: CueRegExp | undefined;
  unless?: CueRegExp | undefined;
  context: boolean;
  inverse: boolean;
  weight: number;
  /** From the model's own pack: the model may veto its finds. */
  vetoable: boolean;
}

/** Everything the run-time matcher needs, compiled once from the packs. */
export interface CompiledMatcher {
  /** Finds the anchor words of every trigger, in either language (global): a sentence without one cannot match. */
  prefilter: RegExp;
  /** For each anchor (lower case), the triggers it can start: only those are tried on a sentence. */
  anchors: Map<string, number[]>;
  triggers: CompiledTrigger[];
  ai: Partial<Record<Lang, CueRegExp>>;
  /** Stance cues per myth id and language (pack-wide cues merged in). */
  stance: Map<string, Partial<Record<Lang, StanceRegExps>>>;
  myths: string[];
  model?: MatcherModel | undefined;
}
