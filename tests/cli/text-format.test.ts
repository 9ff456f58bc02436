import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { essayPack } from '../../src/core/packs/essay-pack';
import { bin, buildCli, fixtures, hypeScan } from './hype-scan';

beforeAll(buildCli);

const ESC = '\u001b[';
const card = (id: string) => essayPack.myths.find((m) => m.id === id)!.card;
const KOREAN = '올트먼은 2027년까지 AGI가 온다고 주장했다.\n';

describe('hype-scan text report', () => {
  it('shows place, stance, myth, the phrase in its sentence and the English verdict', () => {
    const { stdout } = hypeScan(['assert.txt']);
    expect(stdout).toContain('assert.txt:1:1  assert  scaling-laws');
    expect(stdout).toContain('«Scaling laws» tell us that models');
    expect(stdout).toContain(card('scaling-laws').en!.verdict);
    expect(stdout).toMatch(/1 finding \(1 assert\) in 1 input\n$/);
  });

  it.each([[['--lang', 'ko', '-']], [['-']]])(
    'gives the Korean verdict for a Korean sentence (%j)',
    (args) => {
      const { stdout } = hypeScan(args, { input: KOREAN });
      expect(stdout).toContain('<stdin>:1:14  report  agi-imminent');
      expect(stdout).toContain(card('agi-imminent').ko!.verdict);
      expect(stdout).not.toContain(card('agi-imminent').en!.verdict);
    },
  );

  it('reads the text as the language --lang names: English text read as Korean has no findings', () => {
    expect(hypeScan(['--lang', 'ko', 'assert.txt']).stdout).toBe('no hype found in 1 input\n');
  });

  it('writes no colour codes and no progress when output is not a terminal', () => {
    const { stdout, stderr } = hypeScan(['assert.txt', 'report.txt']);
    expect(stdout).not.toContain(ESC);
    expect(stderr).toBe('');
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI under `script`, which gives it a terminal for stdout and stderr. */
function onTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: fixtures,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    timeout: 60_000,
  });
  return run.stdout;
}

describe.skipIf(!hasScript)('hype-scan on a terminal (via script(1))', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hype-scan-'));
  const large = join(dir, 'large.txt');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('colours the report, unless NO_COLOR is set', () => {
    expect(onTerminal(['assert.txt'])).toContain(ESC);
    expect(onTerminal(['assert.txt'], { NO_COLOR: '1' })).not.toContain(ESC);
  });

  it('shows progress for an input over 1 MB, and not for a small one', () => {
    writeFileSync(
      large,
      'Gardening is a pleasant hobby, and the tomatoes ripen in August.\n'.repeat(20_000),
    );
    expect(onTerminal([large, '--format', 'json'])).toContain('hype-scan: scanning');
    expect(onTerminal(['assert.txt', '--format', 'json'])).not.toContain('hype-scan: scanning');
  });
});
