import { toMatcherSource } from '../packs/to-matcher-source';
import { describe, expect, it } from 'vitest';
import { essayPack } from '../packs/essay-pack';
import { compileMatcher } from './compile-matcher';
import { findHype } from './find-hype';

const matcher = compileMatcher([toMatcherSource(essayPack)]);
const find = (text: string) => findHype(text, matcher);

describe('findHype', () => {
  it('returns the exact span of the phrase, with myth, stance and confidence', () => {
    const text = 'Intro text. Scaling laws guarantee that models will keep getting smarter.';
    const [match] = find(text).filter((m) => m.myth === 'scaling-laws');
    expect(match).toMatchObject({ myth: 'scaling-laws', stance: 'assert', text: 'Scaling laws' });
    expect(text.slice(match!.start, match!.end)).toBe('Scaling laws');
    expect(match!.confidence).toBeGreaterThan(0.5);
    expect(match!.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Some researchers argue that AGI will arrive by 2027.', 'agi-imminent', 'report'],
    ['There is little reason to believe AGI will arrive by 2027.', 'agi-imminent', 'reject'],
    ['AGI is not coming soon.', 'agi-imminent', 'reject'],
    [
      'Scaling shows no sign of slowing down, and scaling laws will keep delivering smarter models.',
      'scaling-laws',
      'assert',
    ],
    ['Will synthetic data keep the scaling going?', 'synthetic-data', 'report'],
    ['There is no data wall for AI labs.', 'data-supply', 'assert'],
    ['AI labs are already hitting the data wall.', 'data-supply', 'reject'],
    ['Fears of a data wall for AI are overblown.', 'data-supply', 'assert'],
    ['Is there really a data wall for AI?', 'data-supply', 'report'],
    ['AGI is coming soon. Trust me bro.', 'agi-imminent', 'reject'],
    ['AGI가 내년에 온다고요? 글쎄요.', 'agi-imminent', 'reject'],
    ['데이터 고갈은 기우다, AI 학습 데이터는 넘쳐난다.', 'data-supply', 'assert'],
    ['올트먼은 2027년까지 AGI가 온다고 주장했다.', 'agi-imminent', 'report'],
    ['AGI가 곧 온다는 근거는 없다.', 'agi-imminent', 'reject'],
  ])('reads the stance of %j', (text, myth, stance) => {
    expect(find(text).find((m) => m.myth === myth)?.stance).toBe(stance);
  });

  it.each([
    'Your AGI determines whether you can deduct IRA contributions on your tax return.',
    "Kleiber's scaling law relates metabolic rate to body mass in mammals.",
    'Emergent properties of ant colonies arise from simple local rules.',
    'The bank generates synthetic data to test its fraud software without exposing customer privacy.',
    'The GPU tops every benchmark in our review at 4K.',
    'Gardening is a pleasant hobby.',
  ])('leaves the trap %j alone', (text) => {
    expect(find(text).filter((m) => m.stance !== 'reject')).toEqual([]);
  });

  it('matches across the spacing variants and particles of Korean', () => {
    expect(
      find('규모확장법칙이 깨지지 않는 한 모델은 계속 똑똑해진다.').some(
        (m) => m.myth === 'scaling-laws',
      ),
    ).toBe(true);
  });

  it('gives offsets into the whole text when hype sits in a later sentence', () => {
    const text =
      'Nothing here. Nor here. The next model will be trained on synthetic data written by the current one.';
    const match = find(text).find((m) => m.myth === 'synthetic-data');
    expect(match && text.slice(match.start, match.end)).toBe('synthetic data');
  });
});
