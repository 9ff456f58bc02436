import { title as agiImminent } from '../core/packs/essay/cards/agi-imminent.json';
import { title as benchmarksUtility } from '../core/packs/essay/cards/benchmarks-utility.json';
import { title as biggerModels } from '../core/packs/essay/cards/bigger-models.json';
import { title as dataSupply } from '../core/packs/essay/cards/data-supply.json';
import { title as emergence } from '../core/packs/essay/cards/emergence.json';
import { title as scalingLaws } from '../core/packs/essay/cards/scaling-laws.json';
import { title as syntheticData } from '../core/packs/essay/cards/synthetic-data.json';
import { title as trendExtrapolation } from '../core/packs/essay/cards/trend-extrapolation.json';
import type { MythInfo } from './myth-info';

/**
 * The bundled pack's myths, titles only. Named JSON imports let the bundler
 * leave the cards, patterns and examples (about 150 kB) out of the popup and
 * options; a test keeps this list in step with `essayPack`.
 */
export const essayMyths: readonly MythInfo[] = [
  { id: 'scaling-laws', title: scalingLaws },
  { id: 'emergence', title: emergence },
  { id: 'trend-extrapolation', title: trendExtrapolation },
  { id: 'data-supply', title: dataSupply },
  { id: 'synthetic-data', title: syntheticData },
  { id: 'bigger-models', title: biggerModels },
  { id: 'agi-imminent', title: agiImminent },
  { id: 'benchmarks-utility', title: benchmarksUtility },
];
