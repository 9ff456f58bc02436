import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtures, hypeScan, positionOf, type FileRecord } from './hype-scan';

beforeAll(buildCli);

const source = readFileSync(join(fixtures, 'page.html'), 'utf8');
const scan = (...args: string[]): FileRecord[] =>
  JSON.parse(hypeScan([...args, '--format', 'json', 'page.html']).stdout) as FileRecord[];

describe('hype-scan on HTML', () => {
  it('finds hype that crosses tags, placed at the phrase in the source', () => {
    const [record] = scan();
    const scaling = record!.matches.filter((m) => m.myth === 'scaling-laws');
    expect(scaling).toHaveLength(1);
    const start = source.indexOf('<em>Scaling</em>') + '<em>'.length;
    expect(scaling[0]).toMatchObject({ text: 'Scaling laws', start, ...positionOf(source, start) });
    expect(source.slice(scaling[0]!.start, scaling[0]!.end)).toBe('Scaling</em> laws');
  });

  it('decodes entities inside a phrase (synthetic&nbsp;data)', () => {
    const [record] = scan();
    const synthetic = record!.matches.find((m) => m.myth === 'synthetic-data');
    expect(synthetic?.text).toBe('synthetic\u00a0data');
    expect(source.slice(synthetic!.start, synthetic!.end)).toBe('synthetic&nbsp;data');
  });

  it('reports nothing from the head, script, style, code, pre, hidden, template, noscript, comment or textarea', () => {
    const [record] = scan('--all');
    expect(record!.matches.map((m) => m.myth).sort()).toEqual(['scaling-laws', 'synthetic-data']);
  });

  it('does find that left-out text when the same file is read as plain text (the check above can fail)', () => {
    const [record] = scan('--type', 'text');
    const emLine = positionOf(source, source.indexOf('<em>Scaling')).line;
    expect(record!.matches.some((m) => m.myth === 'scaling-laws' && m.line < emLine)).toBe(true);
    const scriptLine = positionOf(source, source.indexOf('const claim')).line;
    expect(record!.matches.some((m) => m.myth === 'scaling-laws' && m.line <= scriptLine)).toBe(
      true,
    );
  });

  it('reads standard input as HTML with --type html', () => {
    const { stdout } = hypeScan(['--type', 'html', '--format', 'json', '-'], {
      input:
        '<script>Scaling laws tell us that models will predictably get smarter.</script>\n<p><b>Scaling</b> laws tell us that models will predictably get smarter.</p>',
    });
    const [record] = JSON.parse(stdout) as FileRecord[];
    expect(record!.file).toBe('<stdin>');
    expect(record!.matches).toMatchObject([
      { myth: 'scaling-laws', line: 2, column: 7, text: 'Scaling laws' },
    ]);
  });
});
