import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** tests/fixtures/cli, where every run starts (so paths in output are short). */
export const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
/** The launcher that `npx hype-scan` runs. */
export const bin = fileURLToPath(new URL('../../bin/hype-scan.js', import.meta.url));

/** Builds dist/hype-scan.mjs with the real build script, as postinstall does. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`scripts/build-cli.mjs failed:\n${built.stderr}`);
}

/** One file's record in `hype-scan --format json` output. */
export interface FileRecord {
  file: string;
  matches: Array<{
    myth: string;
    stance: string;
    start: number;
    end: number;
    line: number;
    column: number;
    text: string;
  }>;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Written to standard input (closed either way, so a run can never hang on it). */
  input?: string;
  env?: Record<string, string>;
}

const runs = new Map<string, CliRun>();

/**
 * Runs the built CLI as a child process, the way a shell or CI would. Runs
 * are deterministic, so one test file asks the same question only once.
 */
export function hypeScan(args: readonly string[], options: CliRunOptions = {}): CliRun {
  const key = JSON.stringify([args, options]);
  const known = runs.get(key);
  if (known) return known;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  const result = { code: run.status, stdout: run.stdout, stderr: run.stderr };
  runs.set(key, result);
  return result;
}

/** The 1-based line and column of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}
