import type { PageSummary } from './page-summary';

/** One target of issue 5, checked against this run. */
export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

/** The content script's budget in kB of 1000 bytes, as WXT prints sizes. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 150_000;
const FLOOR_LIMIT = { 'ai-dense': 3, prose: 1.3 } as const;
const TASK_LIMIT_MS = 50;

/**
 * Checks the targets: the floor ratios on the 1 MB pages, mark.js
 * and the 50 ms task limit on every page, and the content script's size.
 */
export function checkTargets(
  rows: readonly PageSummary[],
  contentScriptBytes: number,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const row of rows.filter((r) => r.page.name.endsWith('-1mb'))) {
    const limit = FLOOR_LIMIT[row.page.kind];
    checks.push({
      target: `${row.page.name}: scan within ${limit}x the floor`,
      measured: `${row.vsFloor.toFixed(1)}x`,
      pass: row.vsFloor <= limit,
    });
  }
  for (const row of rows) {
    checks.push({
      target: `${row.page.name}: scan faster than mark.js`,
      measured: `${row.vsMarkJs.toFixed(2)}x mark.js's time`,
      pass: row.vsMarkJs < 1,
    });
  }
  for (const row of rows) {
    checks.push({
      target: `${row.page.name}: no task over ${TASK_LIMIT_MS} ms during the scan`,
      measured: `longest ${row.longestInScanMs.toFixed(0)} ms`,
      pass: row.longestInScanMs <= TASK_LIMIT_MS,
    });
  }
  checks.push({
    target: `content script under ${CONTENT_SCRIPT_BUDGET_BYTES / 1000} kB minified`,
    measured: `${(contentScriptBytes / 1000).toFixed(1)} kB (${contentScriptBytes} bytes)`,
    pass: contentScriptBytes <= CONTENT_SCRIPT_BUDGET_BYTES,
  });
  return checks;
}

/** Prints each target with PASS or MISS. */
export function printTargets(checks: readonly TargetCheck[]): void {
  const width = Math.max(...checks.map((c) => c.target.length));
  for (const c of checks)
    console.log(`  ${c.pass ? 'PASS' : 'MISS'}  ${c.target.padEnd(width)}  ${c.measured}`);
}
