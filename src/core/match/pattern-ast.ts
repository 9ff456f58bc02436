import type { Lang } from '../packs/pack-schema';

/** One term of a parsed phrase pattern. */
export type PatternTerm =
  | { kind: 'words'; alts: string[]; optional: boolean }
  | { kind: 'year'; optional: boolean }
  | { kind: 'num'; optional: boolean }
  | { kind: 'gap'; max: number };

/** A parsed phrase pattern: a sequence of terms in one language. */
export interface PatternAst {
  source: string;
  lang: Lang;
  terms: PatternTerm[];
}

/** The most terms a pattern may have, and the widest gap: keeps every pattern cheap. */
export const MAX_TERMS = 12;
export const MAX_GAP = 4;
