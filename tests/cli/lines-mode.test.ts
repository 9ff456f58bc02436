import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtures, hypeScan } from './hype-scan';

beforeAll(buildCli);

const source = readFileSync(join(fixtures, 'lines.txt'), 'utf8');
const inputLines = source.split('\n').slice(0, -1);

interface LineRecord {
  line: number;
  matches: Array<{
    myth: string;
    stance: string;
    start: number;
    end: number;
    text: string;
    confidence: number;
  }>;
}

const parse = (stdout: string): LineRecord[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as LineRecord);

describe('hype-scan --lines --format jsonl', () => {
  it('prints exactly one JSON line per input line, empty lines included', () => {
    const { code, stdout, stderr } = hypeScan(['--lines', '--format', 'jsonl', 'lines.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.split('\n').slice(0, -1)).toHaveLength(inputLines.length);
    expect(parse(stdout).map((r) => r.line)).toEqual(inputLines.map((_, i) => i + 1));
  });

  it('gives each line its matches with UTF-16 offsets into that line, assert and report only', () => {
    const records = parse(hypeScan(['--lines', '--format', 'jsonl', 'lines.txt']).stdout);
    const confidence = expect.any(Number) as unknown as number;
    expect(records).toEqual([
      {
        line: 1,
        matches: [
          {
            myth: 'scaling-laws',
            stance: 'assert',
            start: 0,
            end: 12,
            text: 'Scaling laws',
            confidence,
          },
        ],
      },
      { line: 2, matches: [] },
      {
        line: 3,
        matches: [
          { myth: 'agi-imminent', stance: 'report', start: 13, end: 16, text: 'AGI', confidence },
        ],
      },
      { line: 4, matches: [] },
      {
        line: 5,
        matches: [
          {
            myth: 'scaling-laws',
            stance: 'report',
            start: 37,
            end: 49,
            text: 'scaling laws',
            confidence,
          },
        ],
      },
      { line: 6, matches: [] },
    ]);
    for (const record of records)
      for (const match of record.matches) {
        expect(inputLines[record.line - 1]!.slice(match.start, match.end)).toBe(match.text);
        expect(match.confidence).toBeGreaterThan(0);
        expect(match.confidence).toBeLessThanOrEqual(1);
      }
  });

  it('writes the keys in the documented order', () => {
    const [first] = hypeScan(['--lines', '--format', 'jsonl', 'lines.txt']).stdout.split('\n');
    expect(first).toMatch(
      /^\{"line":1,"matches":\[\{"myth":"scaling-laws","stance":"assert","start":0,"end":12,"text":"Scaling laws","confidence":[0-9.]+\}\]\}$/,
    );
  });

  it('includes the findings whose sentence rejects the myth with --all', () => {
    const records = parse(hypeScan(['--lines', '--all', '--format', 'jsonl', 'lines.txt']).stdout);
    expect(records[5]!.matches).toMatchObject([
      { myth: 'agi-imminent', stance: 'reject', start: 34, end: 37, text: 'AGI' },
    ]);
  });

  it('reads CRLF line ends as line ends, not as part of the line', () => {
    const input =
      'Gardening.\r\n\r\nScaling laws tell us that models will predictably get smarter.\r\n';
    const records = parse(hypeScan(['--lines', '--format', 'jsonl', '-'], { input }).stdout);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2]!.matches[0]).toMatchObject({ start: 0, end: 12 });
  });

  it('prints nothing for empty input, and one record for a last line without a line break', () => {
    expect(hypeScan(['--lines', '--format', 'jsonl', '-'], { input: '' }).stdout).toBe('');
    expect(
      parse(hypeScan(['--lines', '--format', 'jsonl', '-'], { input: 'a\nb' }).stdout),
    ).toEqual([
      { line: 1, matches: [] },
      { line: 2, matches: [] },
    ]);
  });

  it('wraps the same records in one array with --format json', () => {
    const { stdout } = hypeScan(['--lines', '--format', 'json', 'lines.txt']);
    const records = JSON.parse(stdout) as LineRecord[];
    expect(records).toEqual(parse(hypeScan(['--lines', '--format', 'jsonl', 'lines.txt']).stdout));
  });
});
