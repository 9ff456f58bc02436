import type { MatcherSource } from '../match/compiled-matcher';
import type { Pack } from './pack-schema';

/** The pack without cards, examples and charts: what a page needs to match. */
export function toMatcherSource(pack: Pack): MatcherSource {
  return {
    cues: pack.cues,
    stance: pack.stance,
    myths: pack.myths.map(({ id, patterns, stance }) => ({ id, patterns, stance })),
  };
}
