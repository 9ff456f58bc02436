import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from './sentence-features';

describe('sentenceFeatures', () => {
  it('folds English plurals and possessives and adds word pairs', () => {
    expect([...sentenceFeatures("The models' scaling curves: GPT-5's size", 'en')]).toEqual([
      'the',
      "models'",
      "the models'",
      'scaling',
      "models' scaling",
      'curve',
      'scaling curve',
      'gpt',
      'curve gpt',
      '5',
      'gpt 5',
      'size',
      '5 size',
    ]);
  });

  it('keeps short words and double s as they are', () => {
    expect([...sentenceFeatures('Less is this', 'en')]).toEqual([
      'less',
      'is',
      'less is',
      'this',
      'is this',
    ]);
  });

  it('reads Korean words by their first syllables and syllable n-grams, Latin words whole', () => {
    expect([...sentenceFeatures('초거대 AI 모델이', 'ko')]).toEqual([
      '^초거',
      '초거',
      '거대',
      '초거대',
      'ai',
      '^모델',
      '모델',
      '델이',
      '모델이',
    ]);
  });

  it('counts each feature once', () => {
    expect([...sentenceFeatures('AGI AGI agi', 'en')]).toEqual(['agi', 'agi agi']);
  });
});
