import { describe, expect, it } from 'vitest';
import type { HypeMatch } from '../match/hype-match';
import type { CorpusRow } from './corpus-row';
import { parseCorpus } from './corpus-row';
import { scoreCorpus } from './score-corpus';

const hit = (myth: string, stance: HypeMatch['stance']): HypeMatch => ({
  start: 0,
  end: 1,
  text: 'x',
  myth,
  stance,
  confidence: 1,
});

describe('scoreCorpus', () => {
  it('counts (sentence, myth) pairs whose stance is assert or report', () => {
    const rows: CorpusRow[] = [
      { id: '1', text: 'a', labels: [{ myth: 'm', stance: 'assert' }], kind: 'hype' },
      { id: '2', text: 'b', labels: [{ myth: 'm', stance: 'report' }], kind: 'report' },
      { id: '3', text: 'c', labels: [], kind: 'trap' },
      { id: '4', text: 'd', labels: [{ myth: 'm', stance: 'reject' }], kind: 'reject' },
    ];
    const answers: Record<string, HypeMatch[]> = {
      a: [hit('m', 'assert')],
      b: [],
      c: [hit('m', 'report')],
      d: [hit('m', 'reject')],
    };
    const score = scoreCorpus(rows, (t) => answers[t] ?? [], ['m']);
    expect(score.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(score.trapFlagged).toBe(1);
    expect(score.rejectFlagged).toBe(0);
    expect(score.stanceAgreement).toBe(1);
  });

  it('names the line of a corpus row that is not JSON', () => {
    expect(() => parseCorpus('{"id":"1"}\n{oops}')).toThrow(/^line 2: /);
  });
});
