import { describe, expect, it } from 'vitest';
import type { SentenceModelData } from '../model/sentence-model';
import { tinyPack } from '../packs/tiny-pack.fixture';
import { toMatcherSource } from '../packs/to-matcher-source';
import { compileMatcher } from './compile-matcher';
import { findHype } from './find-hype';

const model: SentenceModelData = {
  format: 1,
  trainedOn: 'test',
  myths: ['robot-uprising'],
  threshold: 0.5,
  veto: 0.1,
  langs: {
    en: {
      bias: [-1],
      features: [
        ['machine', 0, 3],
        ['uprising', 0, 1],
        ['vacuum', 0, -5],
        ['robot', 0, 0.5],
      ],
    },
  },
};

const pack = tinyPack({
  stance: { en: { reject: ['myth'], report: ['(claims|claim)'] } },
});
pack.myths[0]!.patterns.en = [
  { match: 'robot uprising' },
  { match: 'robot revolt', unless: ['(toy|toys)'] },
];
const source = { ...toMatcherSource(pack), model };
const matcher = compileMatcher([source]);
const find = (text: string) => findHype(text, matcher, { lang: 'en' });

describe('the sentence model in the matcher', () => {
  it('finds a myth no pattern reads, marking the clause that speaks for it', () => {
    expect(find('Honestly, the machines will revolt soon.')).toEqual([
      {
        start: 10,
        end: 39,
        text: 'the machines will revolt soon',
        myth: 'robot-uprising',
        stance: 'assert',
        confidence: 0.88,
      },
    ]);
  });

  it('reads the stance of what it finds with the pack’s cues', () => {
    expect(find('He claims the machines will revolt.')[0]?.stance).toBe('report');
    expect(find('That the machines will revolt is a myth.')).toEqual([]);
  });

  it('reads only the sentences the prefilter lets through (one of the patterns’ words)', () => {
    expect(find('Honestly, the machines will take over soon.')).toEqual([]);
  });

  it("drops a pattern's find that the sentence does not bear out", () => {
    expect(find('The robot uprising vacuum cleaner is on sale.')).toEqual([]);
  });

  it('still reports a doubted find when the sentence argues against the myth', () => {
    expect(find('The robot uprising vacuum is a myth.')).toMatchObject([
      { myth: 'robot-uprising', stance: 'reject', text: 'robot uprising' },
    ]);
  });

  it("keeps a pattern's find the model bears out, with the pattern's phrase", () => {
    expect(find('The robot uprising is near.')).toMatchObject([
      { text: 'robot uprising', stance: 'assert' },
    ]);
  });

  it("adds nothing where a pattern met the myth's trap words", () => {
    expect(find('The machines in the robot revolt toys set are cute.')).toEqual([]);
  });

  it('has no say over myths its pack no longer holds (the pack switched off)', () => {
    const off = compileMatcher([
      { ...source, myths: [] },
      toMatcherSource(tinyPack({ id: 'other' })),
    ]);
    expect(findHype('Honestly, the machines will revolt soon.', off)).toEqual([]);
    expect(findHype('The robot uprising vacuum cleaner is on sale.', off)).toMatchObject([
      { text: 'robot uprising' },
    ]);
  });
});

describe('where the model must be surer, or says nothing', () => {
  const strictModel: SentenceModelData = { ...model, withoutAi: 0.95, unless: ['@tax'] };
  const strictPack = tinyPack({
    cues: { en: { ai: ['(ai|machines)'], tax: ['(irs|deduction)'] } },
  });
  strictPack.myths[0]!.patterns.en = [{ match: 'robot revolt' }];
  const strict = compileMatcher([{ ...toMatcherSource(strictPack), model: strictModel }]);
  const findStrict = (text: string) => findHype(text, strict, { lang: 'en' });

  it('asks for the stricter threshold where no AI cue stands in the sentence or paragraph', () => {
    // p = 0.88 from "uprising" with "robot": under 0.95, and nothing here is an AI cue.
    expect(findStrict('The robot uprising folks will revolt soon.')).toEqual([]);
  });

  it('keeps the usual threshold beside an AI cue', () => {
    expect(findStrict('The machines will revolt soon.')).toMatchObject([
      { myth: 'robot-uprising' },
    ]);
  });

  it("adds nothing to a sentence with a trap cue and no AI cue (the pack's @tax)", () => {
    const taxModel: SentenceModelData = { ...model, unless: ['@tax'] };
    const taxed = compileMatcher([{ ...toMatcherSource(strictPack), model: taxModel }]);
    const text = 'The robot uprising folks will revolt at the IRS.';
    expect(findHype(text, taxed, { lang: 'en' })).toEqual([]);
    expect(findHype('The robot uprising folks will revolt.', taxed, { lang: 'en' })).toMatchObject([
      { myth: 'robot-uprising' },
    ]);
  });
});

describe('the rejection model', () => {
  // Index 1, after the one myth: "nonsense" speaks against what the sentence speaks of.
  const withRejects: SentenceModelData = {
    ...model,
    rejects: 0.7,
    langs: {
      en: {
        bias: [-1, -3],
        features: [
          ['machine', 0, 3],
          ['uprising', 0, 1],
          ['robot', 0, 0.5],
          ['nonsense', 1, 5],
        ],
      },
    },
  };
  const rejecting = compileMatcher([{ ...source, model: withRejects }]);
  const findR = (text: string) => findHype(text, rejecting, { lang: 'en' });

  it('turns the finds of its pack into rejections where the sentence argues against them', () => {
    expect(findR('The robot uprising is near, what nonsense.')).toMatchObject([
      { text: 'robot uprising', stance: 'reject' },
    ]);
    expect(findR('The robot uprising is near.')).toMatchObject([
      { text: 'robot uprising', stance: 'assert' },
    ]);
  });

  it('adds no find of the model’s own to such a sentence', () => {
    expect(findR('The machines will revolt, nonsense.')).toEqual([]);
    expect(findR('The machines will revolt.')).toMatchObject([{ stance: 'assert' }]);
  });
});
