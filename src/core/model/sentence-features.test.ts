import { describe, expect, it } from 'vitest';
import { englishWords } from './english-words';
import { englishWordFeatures, sentenceFeatures } from './sentence-features';
import { CLASS_ENTRIES } from './word-classes';

describe('sentenceFeatures', () => {
  it('folds English possessives (and plurals of long words), and adds word pairs after the words', () => {
    expect(sentenceFeatures("The AI's bets: GPT-5's size", 'en')).toEqual([
      'the',
      'ai',
      'bets',
      'gpt',
      '5',
      'size',
      '@size',
      '@model',
      '@size+model',
      'the ai',
      'ai bets',
      'bets gpt',
      'gpt 5',
      '5 size',
    ]);
  });

  it('gives long English words their letter 4-grams, once per distinct word', () => {
    expect(englishWordFeatures('scaling')).toEqual([
      'scaling',
      '#<sca',
      '#scal',
      '#cali',
      '#alin',
      '#ling',
      '#ing>',
    ]);
    expect(englishWordFeatures('less')).toEqual(['less']);
    const features = sentenceFeatures('Scaling, scaling and upscaling', 'en');
    expect(features.filter((f) => f === 'scaling')).toHaveLength(1);
    // "#scal" stands once for "scaling" and once for "upscaling".
    expect(features.filter((f) => f === '#scal')).toHaveLength(2);
  });

  it('keeps short words and double s as they are', () => {
    expect(sentenceFeatures('Less is this', 'en')).toEqual([
      'less',
      'is',
      'this',
      'less is',
      'is this',
    ]);
  });

  it('reads Korean words by their first syllables and syllable n-grams, Latin words whole', () => {
    expect(sentenceFeatures('초거대 AI 모델이', 'ko')).toEqual([
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

  it('counts each word and pair once', () => {
    expect(sentenceFeatures('AGI AGI agi', 'en')).toEqual(['agi', '@agi', 'agi agi']);
  });

  it('adds each word class once, and each pair of classes, however many words are in it', () => {
    const features = sentenceFeatures('Bigger and larger models keep getting smarter', 'en');
    expect(features.filter((f) => f.startsWith('@'))).toEqual([
      '@size',
      '@ability',
      '@more',
      '@model',
      '@size+ability',
      '@size+more',
      '@size+model',
      '@ability+more',
      '@ability+model',
      '@more+model',
    ]);
  });

  it('has only class entries that are one word as englishWords reads them', () => {
    expect(CLASS_ENTRIES.length).toBeGreaterThan(100);
    const unreachable = CLASS_ENTRIES.filter((entry) => {
      const word = entry.replace(/\*$/, '');
      return englishWords(word).length !== 1 || !word.startsWith(englishWords(word)[0] ?? '-');
    });
    expect(unreachable).toEqual([]);
  });

  it('folds class entries as it folds the words of a sentence', () => {
    expect(sentenceFeatures('Enormous chips', 'en')).toEqual(
      expect.arrayContaining(['@size', '@compute']),
    );
  });

  it('takes every word a class entry with * starts', () => {
    expect(sentenceFeatures('Emergent', 'en')).toContain('@emerge');
    expect(sentenceFeatures('Emergency', 'en')).toContain('@emerge');
    expect(sentenceFeatures('Merge', 'en')).not.toContain('@emerge');
  });
});
