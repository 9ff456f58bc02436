import type { PageSummary } from './page-summary';

const MB = 1024 * 1024;

const COLUMNS: ReadonlyArray<readonly [string, (s: PageSummary) => string]> = [
  ['page', (s) => s.page.name],
  ['size', (s) => `${(s.page.bytes / MB).toFixed(2)} MB`],
  ['scan ms', (s) => s.scanMs.toFixed(0)],
  ['floor ms', (s) => s.floorMs.toFixed(1)],
  ['scan/floor', (s) => `${s.vsFloor.toFixed(1)}x`],
  ['mark.js ms', (s) => s.markJsMs.toFixed(0)],
  ['scan/mark.js', (s) => `${s.vsMarkJs.toFixed(2)}x`],
  ['longest task ms', (s) => s.longestInScanMs.toFixed(0)],
  ['heap MB', (s) => s.heapMb.toFixed(1)],
  ['matches', (s) => String(s.matches)],
];

const EXTRA: ReadonlyArray<readonly [string, (s: PageSummary) => string]> = [
  ['page', (s) => s.page.name],
  ['nav→scan end ms', (s) => s.navToScanMs.toFixed(0)],
  ['tasks >50 ms in scan', (s) => String(s.longTasksInScan)],
  ['longest task DCL→scan ms', (s) => s.longestBeforeScanMs.toFixed(0)],
  ['page alone: longest task after DCL ms', (s) => s.pageLongestMs.toFixed(0)],
  ['heap Δ vs no extension MB', (s) => s.heapDeltaMb.toFixed(1)],
  ['floor RegExp hits', (s) => String(s.floorHits)],
  ['mark.js marks', (s) => String(s.markJsMarks)],
];

function table(
  columns: ReadonlyArray<readonly [string, (s: PageSummary) => string]>,
  rows: readonly PageSummary[],
): string {
  const cells = [columns.map(([title]) => title), ...rows.map((r) => columns.map(([, f]) => f(r)))];
  const widths = columns.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]): string =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** Prints the medians as the table, then the other numbers of the same runs. */
export function printTables(rows: readonly PageSummary[]): void {
  console.log(table(COLUMNS, rows));
  console.log('');
  console.log(table(EXTRA, rows));
}
