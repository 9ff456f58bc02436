import header from './essay/pack.json';
import charts from './essay/charts.json';
import scalingLawsCard from './essay/cards/scaling-laws.json';
import scalingLawsExamples from './essay/examples/scaling-laws.json';
import scalingLawsPatterns from './essay/patterns/scaling-laws.json';
import emergenceCard from './essay/cards/emergence.json';
import emergenceExamples from './essay/examples/emergence.json';
import emergencePatterns from './essay/patterns/emergence.json';
import trendExtrapolationCard from './essay/cards/trend-extrapolation.json';
import trendExtrapolationExamples from './essay/examples/trend-extrapolation.json';
import trendExtrapolationPatterns from './essay/patterns/trend-extrapolation.json';
import dataSupplyCard from './essay/cards/data-supply.json';
import dataSupplyExamples from './essay/examples/data-supply.json';
import dataSupplyPatterns from './essay/patterns/data-supply.json';
import syntheticDataCard from './essay/cards/synthetic-data.json';
import syntheticDataExamples from './essay/examples/synthetic-data.json';
import syntheticDataPatterns from './essay/patterns/synthetic-data.json';
import biggerModelsCard from './essay/cards/bigger-models.json';
import biggerModelsExamples from './essay/examples/bigger-models.json';
import biggerModelsPatterns from './essay/patterns/bigger-models.json';
import agiImminentCard from './essay/cards/agi-imminent.json';
import agiImminentExamples from './essay/examples/agi-imminent.json';
import agiImminentPatterns from './essay/patterns/agi-imminent.json';
import benchmarksUtilityCard from './essay/cards/benchmarks-utility.json';
import benchmarksUtilityExamples from './essay/examples/benchmarks-utility.json';
import benchmarksUtilityPatterns from './essay/patterns/benchmarks-utility.json';
import type { Pack } from './pack-schema';

/**
 * The bundled essay pack, assembled from its data files: per myth a card
 * file (title and cards in both languages), a patterns file and an examples
 * file. It is validated like any other pack by the meta-test.
 */
export const essayPack = {
  ...header,
  charts,
  myths: [
    {
      id: 'scaling-laws',
      title: scalingLawsCard.title,
      ...scalingLawsPatterns,
      examples: scalingLawsExamples,
      card: scalingLawsCard.card,
    },
    {
      id: 'emergence',
      title: emergenceCard.title,
      ...emergencePatterns,
      examples: emergenceExamples,
      card: emergenceCard.card,
    },
    {
      id: 'trend-extrapolation',
      title: trendExtrapolationCard.title,
      ...trendExtrapolationPatterns,
      examples: trendExtrapolationExamples,
      card: trendExtrapolationCard.card,
    },
    {
      id: 'data-supply',
      title: dataSupplyCard.title,
      ...dataSupplyPatterns,
      examples: dataSupplyExamples,
      card: dataSupplyCard.card,
    },
    {
      id: 'synthetic-data',
      title: syntheticDataCard.title,
      ...syntheticDataPatterns,
      examples: syntheticDataExamples,
      card: syntheticDataCard.card,
    },
    {
      id: 'bigger-models',
      title: biggerModelsCard.title,
      ...biggerModelsPatterns,
      examples: biggerModelsExamples,
      card: biggerModelsCard.card,
    },
    {
      id: 'agi-imminent',
      title: agiImminentCard.title,
      ...agiImminentPatterns,
      examples: agiImminentExamples,
      card: agiImminentCard.card,
    },
    {
      id: 'benchmarks-utility',
      title: benchmarksUtilityCard.title,
      ...benchmarksUtilityPatterns,
      examples: benchmarksUtilityExamples,
      card: benchmarksUtilityCard.card,
    },
  ],
} as unknown as Pack;
