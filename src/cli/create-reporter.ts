import type { Lang, Pack, Stance } from '../core/packs/pack-schema';
import type { Colors } from './colors';
import type { Finding } from './finding';
import { jsonLineMatch, jsonMatch } from './format-json';
import { formatTextFinding, formatTextSummary } from './format-text';
import type { CliOptions } from './parse-cli-args';

/** Writes findings as they come, in one format. */
export interface Reporter {
  /** The findings of one whole input. */
  document(name: string, findings: readonly Finding[]): Promise<void>;
  /** The findings of one line (--lines): offsets are into the line. */
  line(name: string, line: number, findings: readonly Finding[]): Promise<void>;
  /** After the last input. */
  end(counts: Readonly<Record<Stance, number>>, inputs: number): Promise<void>;
}

interface ReporterContext {
  format: CliOptions['format'];
  lang: Lang | 'auto';
  packs: readonly Pack[];
  colors: Colors;
  write: (text: string) => Promise<void>;
}

/**
 * The reporter for a format. json writes one array, element by element, so
 * a large run need not be held in memory; jsonl writes one object per line;
 * text writes a block per finding and a summary.
 */
export function createReporter({ format, lang, packs, colors, write }: ReporterContext): Reporter {
  if (format === 'text') {
    const findings = async (name: string, list: readonly Finding[]) => {
      for (const f of list) await write(formatTextFinding(name, f, packs, lang, colors));
    };
    return {
      document: findings,
      line: (name, line, list) =>
        findings(
          name,
          list.map((f) => ({ ...f, line })),
        ),
      end: (counts, inputs) => write(formatTextSummary(counts, inputs, colors)),
    };
  }
  let first = true;
  const record = async (value: unknown) => {
    const json = JSON.stringify(value);
    if (format === 'jsonl') return write(`${json}\n`);
    await write(`${first ? '[\n' : ',\n'}${json}`);
    first = false;
  };
  return {
    document: (file, list) => record({ file, matches: list.map(jsonMatch) }),
    line: (_name, line, list) => record({ line, matches: list.map(jsonLineMatch) }),
    end: async () => {
      if (format === 'json') await write(first ? '[]\n' : '\n]\n');
    },
  };
}
