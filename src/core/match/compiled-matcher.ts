import type { Lang, Myth, Pack } from '../packs/pack-schema';

/** The part of a pack the matcher is compiled from (cards and examples are not needed). */
export type MatcherSource = Pick<Pack, 'cues' | 'stance'> & {
  myths: ReadonlyArray<Pick<Myth, 'id' | 'patterns' | 'stance'>>;
};

/** The stance cues that apply to one myth in one language. */
export interface StanceRegExps {
  report?: RegExp | undefined;
  reject?: RegExp | undefined;
  negate?: RegExp | undefined;
  dismiss?: RegExp | undefined;
  /** Phrases that look negative but push the claim ("no sign of slowing"). */
  assert?: RegExp | undefined;
}

/** A trigger pattern compiled for matching. */
export interface CompiledTrigger {
  myth: string;
  lang: Lang;
  /** Finds the phrase (sticky-free, case-insensitive). */
  regex: RegExp;
  /** The compromise match string (English only). */
  compromise?: string | undefined;
  with?: RegExp | undefined;
  unless?: RegExp | undefined;
  context: boolean;
  inverse: boolean;
  weight: number;
}

/** Everything the run-time matcher needs, compiled once from the packs. */
export interface CompiledMatcher {
  /** Finds the anchor words of every trigger, in either language (global): a sentence without one cannot match. */
  prefilter: RegExp;
  /** For each anchor (lower case), the triggers it can start: only those are tried on a sentence. */
  anchors: Map<string, number[]>;
  triggers: CompiledTrigger[];
  /** The compromise net over the English triggers; `found[i].trigger` indexes `triggers`. */
  net: unknown;
  ai: Partial<Record<Lang, RegExp>>;
  /** Stance cues per myth id and language (pack-wide cues merged in). */
  stance: Map<string, Partial<Record<Lang, StanceRegExps>>>;
  myths: string[];
}
