import { describe, expect, it } from 'vitest';
import { checkPackExamples } from './check-pack-examples';
import { tinyPack } from './tiny-pack.fixture';

describe('checkPackExamples', () => {
  it('passes a pack whose examples its patterns get right', () => {
    expect(checkPackExamples(tinyPack())).toEqual([]);
  });

  it.each([
    ['a match example not found', 'match', 'Robots are coming.', 'none'],
    [
      'a match example found with another stance',
      'stance',
      'The robot uprising is near.',
      'assert',
    ],
    ['a noMatch example found', 'noMatch', 'A robot uprising!', 'assert'],
  ])('reports %s', (_name, kind, text, got) => {
    const pack = tinyPack();
    const examples = pack.myths[0]?.examples.en;
    if (!examples) throw new Error('no examples');
    if (kind === 'match') examples.match.push({ text, stance: 'assert' });
    if (kind === 'stance') examples.match = [{ text, stance: 'report' }];
    if (kind === 'noMatch') examples.noMatch.push(text);
    const failures = checkPackExamples(pack);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ myth: 'robot-uprising', lang: 'en', text, got });
  });
});
