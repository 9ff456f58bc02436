import { describe, expect, it } from 'vitest';
import {
  compileSentenceModel,
  isSentenceModelData,
  type SentenceModelData,
} from './sentence-model';

const data: SentenceModelData = {
  format: 1,
  trainedOn: 'test',
  myths: ['robot-uprising', 'robot-peace'],
  threshold: 0.5,
  veto: 0.1,
  langs: {
    en: {
      bias: [-2, -1],
      features: [
        ['robot', 1, 0.5],
        ['uprising', 0, 3],
        ['robot uprising', 0, 1, 1, -2],
      ],
    },
  },
};

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('compileSentenceModel', () => {
  const scorer = compileSentenceModel(data);

  it('adds the weights of the features a sentence holds to each myth’s bias', () => {
    const p = scorer.probabilities('The robot uprising.', 'en');
    expect(p?.[0]).toBeCloseTo(sigmoid(-2 + 3 + 1));
    expect(p?.[1]).toBeCloseTo(sigmoid(-1 + 0.5 - 2));
  });

  it('gives the bias alone to a sentence without known features', () => {
    expect([...(scorer.probabilities('Nothing here.', 'en') ?? [])]).toEqual([
      sigmoid(-2),
      sigmoid(-1),
    ]);
  });

  it('has no say in a language it has no weights for', () => {
    expect(scorer.probabilities('로봇 반란', 'ko')).toBeUndefined();
  });

  it('tells the weight of one feature for one myth', () => {
    expect(scorer.weightOf('robot uprising', 'en', 1)).toBe(-2);
    expect(scorer.weightOf('robot', 'en', 0)).toBe(0);
    expect(scorer.weightOf('robot', 'ko', 1)).toBe(0);
  });
});

describe('isSentenceModelData', () => {
  it('accepts model data and survives JSON', () => {
    expect(isSentenceModelData(JSON.parse(JSON.stringify(data)))).toBe(true);
  });

  it.each([null, 3, {}, { ...data, format: 2 }, { ...data, myths: 'x' }, { ...data, langs: null }])(
    'refuses %j',
    (value) => {
      expect(isSentenceModelData(value)).toBe(false);
    },
  );
});
