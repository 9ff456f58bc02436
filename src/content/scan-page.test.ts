// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../core/match/compile-matcher';
import { findHype } from '../core/match/find-hype';
import { essayPack } from '../core/packs/essay-pack';
import { setBody } from '../../tests/helpers/set-body';
import { scanPage } from './scan-page';

const matcher = compileMatcher([essayPack]);
const find = (text: string) => findHype(text, matcher);

describe('scanPage', () => {
  it('places matches as ranges over the page text, across inline elements', () => {
    setBody('<p>Note: <em>Scaling</em> laws guarantee that models keep getting smarter.</p>');
    const before = document.body.innerHTML;
    const found = scanPage(document.body, find);
    const match = found.find((f) => f.match.myth === 'scaling-laws');
    expect(match?.range.toString()).toBe('Scaling laws');
    expect(document.body.innerHTML).toBe(before);
  });

  it('records the hype-lens:scan measure with the counts per myth', () => {
    performance.clearMeasures('hype-lens:scan');
    setBody('<p>AGI will be here by 2027.</p><p>Nothing else.</p>');
    scanPage(document.body, find);
    const [measure] = performance.getEntriesByName(
      'hype-lens:scan',
      'measure',
    ) as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ matches: 1, myths: { 'agi-imminent': 1 } });
  });

  it('keeps rejecting sentences out of the results', () => {
    setBody('<p>There is little reason to believe AGI will be here by 2027.</p>');
    expect(scanPage(document.body, find)).toEqual([]);
  });
});
