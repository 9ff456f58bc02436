import model from './essay/model.json';
import type { SentenceModelData } from '../model/sentence-model';

/**
 * The essay pack's sentence model (written by `npm run train`): it finds
 * the essay's myths in sentences no pattern reads, and drops pattern finds
 * that the sentence around them does not bear out.
 */
export const essayModel = model as unknown as SentenceModelData;
