import { parseArgs } from 'node:util';
import type { Lang } from '../core/packs/pack-schema';
import { CliError } from './cli-error';
import { INPUT_TYPES, type InputType } from './input-type';

export const FORMATS = ['text', 'json', 'jsonl'] as const;
export const FAIL_ON = ['assert', 'report'] as const;
const LANG_CHOICES = ['auto', 'en', 'ko'] as const;

/** What the command line asks for. */
export interface CliOptions {
  inputs: string[];
  type: InputType | undefined;
  lang: Lang | 'auto';
  format: (typeof FORMATS)[number];
  lines: boolean;
  all: boolean;
  failOn: (typeof FAIL_ON)[number] | undefined;
  listMyths: boolean;
  help: boolean;
  version: boolean;
}

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  type: INPUT_TYPES,
  lang: LANG_CHOICES,
  format: FORMATS,
  'fail-on': FAIL_ON,
};

const OPTIONS = {
  type: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  lines: { type: 'boolean' },
  all: { type: 'boolean' },
  'list-myths': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const orList = (words: readonly string[]): string =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');

/**
 * Reads the command line with node:util's parseArgs, checking every flag
 * and value itself so each mistake gets one plain line ("unknown flag
 * --frobnicate", "--format takes text, json or jsonl") instead of Node's
 * wording. Throws CliError.
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<string, string | true>();
  const inputs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') inputs.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: 'string' | 'boolean' } | undefined>)[
      token.name
    ];
    if (!spec) throw new CliError(`unknown flag ${token.rawName}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliError(`--${token.name} takes no value`);
      values.set(token.name, true);
      continue;
    }
    const choices = CHOICES[token.name] ?? [];
    if (token.value === undefined || !choices.includes(token.value))
      throw new CliError(`--${token.name} takes ${orList(choices)}`);
    values.set(token.name, token.value);
  }
  const pick = <T extends string>(name: string): T | undefined => values.get(name) as T | undefined;
  return {
    inputs,
    type: pick<InputType>('type'),
    lang: pick<Lang | 'auto'>('lang') ?? 'auto',
    format: pick<CliOptions['format']>('format') ?? 'text',
    lines: values.has('lines'),
    all: values.has('all'),
    failOn: pick<CliOptions['failOn'] & string>('fail-on'),
    listMyths: values.has('list-myths'),
    help: values.has('help'),
    version: values.has('version'),
  };
}
