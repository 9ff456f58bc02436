import { toMatcherSource } from '../core/packs/to-matcher-source';
import { stat } from 'node:fs/promises';
import { compileMatcher } from '../core/match/compile-matcher';
import type { CompiledMatcher } from '../core/match/compiled-matcher';
import { essayPack } from '../core/packs/essay-pack';
import type { Pack, Stance } from '../core/packs/pack-schema';
import { CliError } from './cli-error';
import { colorsFor } from './colors';
import { createReporter, type Reporter } from './create-reporter';
import { documentBlocks } from './document-blocks';
import type { Finding } from './finding';
import { inputType } from './input-type';
import { formatMythList, listMyths } from './list-myths';
import { parseCliArgs, type CliOptions } from './parse-cli-args';
import { createProgress } from './progress';
import { checkInputs, readInput, readLines, STDIN_NAME } from './read-input';
import { scanDocument } from './scan-document';
import { USAGE } from './usage';
import { writeOut, type OutStream } from './write-out';

/** What the CLI talks to: process.* in real life, stand-ins in tests. */
export interface CliIo {
  argv: readonly string[];
  stdin: NodeJS.ReadableStream;
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  version: string;
}

interface Run {
  options: CliOptions;
  io: CliIo;
  matcher: CompiledMatcher;
  reporter: Reporter;
  counts: Record<Stance, number>;
}

function tally(run: Run, findings: readonly Finding[]): void {
  for (const f of findings) run.counts[f.stance] += 1;
}

async function scanFiles(run: Run): Promise<void> {
  const { options, io } = run;
  for (const path of options.inputs) {
    const input = await readInput(path, io.stdin);
    const type = inputType(path === '-' ? '' : path, options.type);
    const progress = createProgress(io.stderr, input.name, input.size);
    const findings = scanDocument(input.source, documentBlocks(input.source, type), run.matcher, {
      lang: options.lang,
      all: options.all,
      onProgress: (done) => progress.update(done * input.size),
    });
    progress.end();
    tally(run, findings);
    await run.reporter.document(input.name, findings);
  }
}

async function scanLines(run: Run): Promise<void> {
  const { options, io } = run;
  const path = options.inputs[0] ?? '-';
  const name = path === '-' ? STDIN_NAME : path;
  const type = inputType(path === '-' ? '' : path, options.type);
  const size = path === '-' ? undefined : (await stat(path)).size;
  const progress = createProgress(io.stderr, name, size);
  let number = 0;
  for await (const { line, bytes } of readLines(path, io.stdin)) {
    number += 1;
    const findings = scanDocument(line, documentBlocks(line, type), run.matcher, {
      lang: options.lang,
      all: options.all,
    });
    tally(run, findings);
    await run.reporter.line(name, number, findings);
    progress.update(bytes);
  }
  progress.end();
}

function failed(options: CliOptions, counts: Readonly<Record<Stance, number>>): boolean {
  if (options.failOn === 'assert') return counts.assert > 0;
  if (options.failOn === 'report') return counts.assert + counts.report > 0;
  return false;
}

async function run(io: CliIo): Promise<number> {
  const options = parseCliArgs(io.argv);
  const write = writeOut(io.stdout);
  if (options.help) return write(USAGE).then(() => 0);
  if (options.version) return write(`${io.version}\n`).then(() => 0);
  const packs: Pack[] = [essayPack];
  const colors = colorsFor(io.stdout, io.env);
  if (options.listMyths) {
    const myths = listMyths(packs);
    const lang = options.lang === 'auto' ? 'en' : options.lang;
    if (options.format === 'json') await write(`${JSON.stringify(myths, null, 2)}\n`);
    else if (options.format === 'jsonl')
      await write(myths.map((m) => `${JSON.stringify(m)}\n`).join(''));
    else await write(formatMythList(myths, lang, colors));
    return 0;
  }
  const { inputs } = options;
  if (inputs.length === 0)
    throw new CliError('no input: name files, or - for standard input (see --help)');
  if (options.lines && inputs.length > 1) throw new CliError('--lines takes one input');
  if (inputs.filter((i) => i === '-').length > 1)
    throw new CliError('- (standard input) given more than once');
  await checkInputs(inputs);
  const reporter = createReporter({
    format: options.format,
    lang: options.lang,
    packs,
    colors,
    write,
  });
  const state: Run = {
    options,
    io,
    matcher: compileMatcher(packs.map(toMatcherSource)),
    reporter,
    counts: { assert: 0, report: 0, reject: 0 },
  };
  await (options.lines ? scanLines(state) : scanFiles(state));
  await reporter.end(state.counts, inputs.length);
  return failed(options, state.counts) ? 1 : 0;
}

/**
 * hype-scan: finds AI scaling hype in files or standard input and reports
 * it as text, JSON or JSON lines. Resolves to the exit code: 0, 1 when
 * --fail-on finds its stance, 2 on a bad flag or an unreadable input (one
 * line on stderr).
 */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`hype-scan: ${error.message}\n`);
    return 2;
  }
}
