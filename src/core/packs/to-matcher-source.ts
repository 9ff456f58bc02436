import type { MatcherSource } from '../match/compiled-matcher';
import type { SentenceModelData } from '../model/sentence-model';
import { essayModel } from './essay-model';
import type { Pack } from './pack-schema';

/** The sentence models that come with bundled packs, by pack id. */
const BUNDLED_MODELS = new Map<string, SentenceModelData>([['essay', essayModel]]);

/** The pack without cards, examples and charts: what a page needs to match (with the pack's sentence model, if it has one). */
export function toMatcherSource(pack: Pack): MatcherSource {
  const model = BUNDLED_MODELS.get(pack.id);
  return {
    cues: pack.cues,
    stance: pack.stance,
    myths: pack.myths.map(({ id, patterns, stance }) => ({ id, patterns, stance })),
    ...(model ? { model } : {}),
  };
}
