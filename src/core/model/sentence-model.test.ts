import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../eval/corpus-row';
import { essayModel } from '../packs/essay-model';
import { sentenceFeatures } from './sentence-features';
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

  it('counts a repeated word and a repeated word pair once', () => {
    const reading = scorer.read('Robot uprising, robot uprising: robot uprising!', 'en');
    expect(reading?.probability(0)).toBeCloseTo(sigmoid(-2 + 3 + 1));
    expect(reading?.probability(1)).toBeCloseTo(sigmoid(-1 + 0.5 - 2));
  });

  it('counts a pair only where its words stand side by side, in that order', () => {
    expect(scorer.read('Uprising robot.', 'en')?.probability(0)).toBeCloseTo(sigmoid(-2 + 3));
    expect(scorer.read('The robot, then an uprising.', 'en')?.probability(1)).toBeCloseTo(
      sigmoid(-1 + 0.5),
    );
  });

  it('tells the weight of one feature for one myth', () => {
    expect(scorer.weightOf('robot uprising', 'en', 1)).toBe(-2);
    expect(scorer.weightOf('robot', 'en', 0)).toBe(0);
    expect(scorer.weightOf('robot', 'ko', 1)).toBe(0);
  });
});

describe('the bundled model', () => {
  const scorer = compileSentenceModel(essayModel);
  const bias = essayModel.langs.en?.bias ?? [];
  const sentences = parseCorpus(
    readFileSync(new URL('../../../tests/fixtures/corpus/dev8.en.jsonl', import.meta.url), 'utf8'),
  ).map((r) => r.text);

  it('reads an English sentence as the sum of every feature it holds', () => {
    expect(sentences.length).toBeGreaterThan(100);
    let compared = 0;
    for (const sentence of sentences) {
      const reading = scorer.read(sentence, 'en');
      const features = sentenceFeatures(sentence, 'en');
      bias.forEach((b, m) => {
        const z = features.reduce((sum, f) => sum + scorer.weightOf(f, 'en', m), b);
        expect(reading?.probability(m)).toBeCloseTo(sigmoid(z), 9);
        compared += 1;
      });
    }
    expect(compared).toBe(sentences.length * bias.length);
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
