import { describe, expect, it } from 'vitest';
import { compileSentenceModel } from '../model/sentence-model';
import { modelSpan } from './model-span';

const scorer = compileSentenceModel({
  format: 1,
  trainedOn: 'test',
  myths: ['robot-uprising'],
  threshold: 0.5,
  veto: 0.1,
  langs: {
    en: {
      bias: [0],
      features: [
        ['uprising', 0, 2],
        ['robot', 0, 1],
        ['calm', 0, -3],
      ],
    },
    ko: { bias: [0], features: [['반란', 0, 2]] },
  },
});

const spanText = (sentence: string, lang: 'en' | 'ko' = 'en'): string => {
  const { start, end } = modelSpan(sentence, scorer, lang, 0);
  return sentence.slice(start, end);
};

describe('modelSpan', () => {
  it('marks the clause whose words speak most for the myth', () => {
    expect(spanText('Everyone stays calm, but the uprising of the robots is coming.')).toBe(
      'but the uprising of the robots is coming',
    );
  });

  it('counts only the weights that speak for the myth', () => {
    // First clause: robot 1 + uprising 2 (calm -3 left out) = 3; second: uprising 2.
    // Were "calm" counted, the first would weigh 0 and the second win.
    expect(spanText('The calm robot uprising, the uprising.')).toBe('The calm robot uprising');
  });

  it('marks the whole sentence, without its end punctuation, when it is one clause', () => {
    expect(spanText('"The uprising is near."')).toBe('The uprising is near');
  });

  it('splits at dashes between words', () => {
    expect(spanText('Nobody asked — the uprising just happened')).toBe(
      'the uprising just happened',
    );
  });

  it('reads Korean clauses too', () => {
    expect(spanText('날씨는 좋고, 로봇 반란이 곧 온다.', 'ko')).toBe('로봇 반란이 곧 온다');
  });
});
