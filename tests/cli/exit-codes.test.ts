import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, hypeScan, root } from './hype-scan';

beforeAll(buildCli);

describe('hype-scan exit codes', () => {
  it.each([
    [0, 'no findings', ['clean.txt']],
    [0, 'an assert finding without --fail-on', ['assert.txt']],
    [1, 'an assert finding with --fail-on assert', ['--fail-on', 'assert', 'assert.txt']],
    [1, 'an assert finding with --fail-on report', ['--fail-on', 'report', 'assert.txt']],
    [0, 'a report finding with --fail-on assert', ['--fail-on', 'assert', 'report.txt']],
    [1, 'a report finding with --fail-on report', ['--fail-on', 'report', 'report.txt']],
    [
      0,
      'a reject finding with --fail-on report, even with --all',
      ['--fail-on', 'report', '--all', 'reject.txt'],
    ],
    [
      1,
      'an assert finding in the second of two files',
      ['--fail-on', 'assert', 'clean.txt', 'assert.txt'],
    ],
  ])('exits %i for %s', (expected, _name, args) => {
    const { code, stderr } = hypeScan(args);
    expect(stderr).toBe('');
    expect(code).toBe(expected);
  });

  it.each([
    [['missing.txt'], 'hype-scan: cannot read missing.txt: no such file'],
    [['clean.txt', 'missing.txt'], 'hype-scan: cannot read missing.txt: no such file'],
    [['--frobnicate', 'clean.txt'], 'hype-scan: unknown flag --frobnicate'],
    [['--format', 'yaml', 'clean.txt'], 'hype-scan: --format takes text, json or jsonl'],
    [['clean.txt', '--format'], 'hype-scan: --format takes text, json or jsonl'],
    [['--fail-on', 'reject', 'clean.txt'], 'hype-scan: --fail-on takes assert or report'],
    [['--lang', 'fr', 'clean.txt'], 'hype-scan: --lang takes auto, en or ko'],
    [['--type', 'pdf', 'clean.txt'], 'hype-scan: --type takes text, html or markdown'],
    [['--lines=yes', 'clean.txt'], 'hype-scan: --lines takes no value'],
    [['--lines', 'clean.txt', 'assert.txt'], 'hype-scan: --lines takes one input'],
    [['.'], 'hype-scan: cannot read .: is a directory'],
  ])('exits 2 for %j with one line on stderr and nothing on stdout', (args, message) => {
    const { code, stdout, stderr } = hypeScan(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
  });

  it('exits 2 when given no input at all, rather than waiting on a terminal', () => {
    const { code, stderr } = hypeScan([]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage with --help and the package version with --version', () => {
    const help = hypeScan(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hype-scan/);
    expect(help.stdout).toContain('--fail-on assert|report');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(hypeScan(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
