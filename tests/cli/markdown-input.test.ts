import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtures, hypeScan, positionOf, type FileRecord } from './hype-scan';

beforeAll(buildCli);

const source = readFileSync(join(fixtures, 'essay.md'), 'utf8');
const scan = (...args: string[]): FileRecord =>
  (JSON.parse(hypeScan([...args, '--format', 'json', 'essay.md']).stdout) as FileRecord[])[0]!;

describe('hype-scan on Markdown', () => {
  it('reports the prose, across emphasis markers and a line break', () => {
    const scaling = scan().matches.find((m) => m.myth === 'scaling-laws');
    const start = source.indexOf('_scaling_') + 1;
    expect(scaling).toMatchObject({ text: 'scaling laws', start, ...positionOf(source, start) });
    expect(source.slice(scaling!.start, scaling!.end)).toBe('scaling_\nlaws');
    expect(
      scan().matches.some((m) => m.myth === 'synthetic-data' && m.text === 'synthetic data'),
    ).toBe(true);
  });

  it('leaves out the code fence and inline code', () => {
    expect(scan('--all').matches.filter((m) => m.myth === 'agi-imminent')).toEqual([]);
  });

  it('does find the code when the same file is read as plain text (the check above can fail)', () => {
    const agi = scan('--type', 'text').matches.filter((m) => m.myth === 'agi-imminent');
    const fence = positionOf(source, source.indexOf('AGI will arrive')).line;
    const inline = positionOf(source, source.indexOf('`AGI')).line;
    expect(agi.map((m) => m.line)).toEqual([fence, inline]);
  });

  it('takes the type from the extension: .md is Markdown, .txt is text', () => {
    const { stdout } = hypeScan(['--format', 'json', '-'], { input: source });
    const asText = (JSON.parse(stdout) as FileRecord[])[0]!;
    expect(asText.matches.some((m) => m.myth === 'agi-imminent')).toBe(true);
  });
});
