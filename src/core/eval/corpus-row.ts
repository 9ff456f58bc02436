import type { Stance } from '../packs/pack-schema';

/** One labelled sentence of a corpus (tests/fixtures/corpus/*.jsonl). */
export interface CorpusRow {
  id: string;
  text: string;
  labels: Array<{ myth: string; stance: Stance }>;
  kind: 'hype' | 'report' | 'reject' | 'trap' | 'plain-ai' | 'other';
}

/** Parses a JSONL corpus; a bad line is an error naming its line number. */
export function parseCorpus(text: string): CorpusRow[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as CorpusRow;
      } catch (error) {
        throw new Error(`line ${n}: ${(error as Error).message}`, { cause: error });
      }
    });
}
