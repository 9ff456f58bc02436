import type { HypeMatch } from '../match/hype-match';
import type { CorpusRow } from './corpus-row';

export interface MythScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  sentences: number;
  perMyth: Record<string, MythScore>;
  overall: MythScore;
  /** Share of trap sentences with any assert/report finding. */
  trapFlagged: number;
  /** Share of rejecting sentences with any assert/report finding. */
  rejectFlagged: number;
  /** Share of labelled (sentence, myth) pairs found with the labelled stance, among those found. */
  stanceAgreement: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function finish(s: Omit<MythScore, 'precision' | 'recall'>): MythScore {
  return { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) };
}

/**
 * Scores findings against labels over (sentence, myth) pairs whose stance
 * is assert or report, the way the held-out evaluation does: a pair counts
 * as found when the matcher flags that myth (assert or report) in the sentence.
 */
export function scoreCorpus(
  rows: readonly CorpusRow[],
  find: (text: string) => HypeMatch[],
  myths: readonly string[],
): CorpusScore {
  const counts = new Map(myths.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
  const bump = (myth: string, key: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(myth) ?? { tp: 0, fp: 0, fn: 0 };
    c[key] += 1;
    counts.set(myth, c);
  };
  let traps = 0;
  let trapHits = 0;
  let rejects = 0;
  let rejectHits = 0;
  let stancePairs = 0;
  let stanceAgree = 0;
  for (const row of rows) {
    const found = find(row.text);
    const flagged = new Set(found.filter((f) => f.stance !== 'reject').map((f) => f.myth));
    const gold = new Set(row.labels.filter((l) => l.stance !== 'reject').map((l) => l.myth));
    for (const myth of gold) bump(myth, flagged.has(myth) ? 'tp' : 'fn');
    for (const myth of flagged) if (!gold.has(myth)) bump(myth, 'fp');
    for (const label of row.labels) {
      const hit = found.find((f) => f.myth === label.myth);
      if (!hit) continue;
      stancePairs += 1;
      if (hit.stance === label.stance) stanceAgree += 1;
    }
    const hit = flagged.size > 0 ? 1 : 0;
    if (row.kind === 'trap') {
      traps += 1;
      trapHits += hit;
    }
    if (row.kind === 'reject') {
      rejects += 1;
      rejectHits += hit;
    }
  }
  const perMyth = Object.fromEntries([...counts].map(([m, c]) => [m, finish(c)]));
  const total = [...counts.values()].reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    sentences: rows.length,
    perMyth,
    overall: finish(total),
    trapFlagged: ratio(trapHits, traps),
    rejectFlagged: ratio(rejectHits, rejects),
    stanceAgreement: ratio(stanceAgree, stancePairs),
  };
}
