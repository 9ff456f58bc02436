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
    const reading = scorer.read('The robot uprising.', 'en');
    expect(reading?.probability(0)).toBeCloseTo(sigmoid(-2 + 3 + 1));
    expect(reading?.probability(1)).toBeCloseTo(sigmoid(-1 + 0.5 - 2));
    // p = 0.88 against the threshold 0.5 and the veto 0.1; p = 0.08 for the second.
    expect([reading?.holds(0), reading?.doubts(0)]).toEqual([true, false]);
    expect([reading?.holds(1), reading?.doubts(1)]).toEqual([false, true]);
  });

  it('gives the bias alone to a sentence without known features', () => {
    const reading = scorer.read('Nothing here.', 'en');
    expect([reading?.probability(0), reading?.probability(1)]).toEqual([sigmoid(-2), sigmoid(-1)]);
  });

  it('has no say in a language it has no weights for', () => {
    expect(scorer.read('로봇 반란', 'ko')).toBeUndefined();
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
