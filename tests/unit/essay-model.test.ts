import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSentenceModelData } from '../../src/core/model/sentence-model';
import { trainSentenceModel } from '../../src/core/model/train-sentence-model';
import { essayModel } from '../../src/core/packs/essay-model';
import { essayPack } from '../../src/core/packs/essay-pack';
import { loadTrainingData } from '../../scripts/training-data';

const modelFile = new URL('../../src/core/packs/essay/model.json', import.meta.url);

describe('the essay pack’s sentence model', () => {
  const { byLang, digest } = loadTrainingData();

  it('is model data over the essay’s myths, in both languages', () => {
    expect(isSentenceModelData(essayModel)).toBe(true);
    expect(essayModel.myths).toEqual(essayPack.myths.map((m) => m.id));
    expect(Object.keys(essayModel.langs).sort()).toEqual(['en', 'ko']);
  });

  it('was trained on the corpora and examples as they are now (else: npm run train)', () => {
    expect(essayModel.trainedOn).toBe(digest);
  });

  it('never trains on the blind held-out sets', () => {
    const held = ['en', 'ko'].flatMap((lang) =>
      readFileSync(new URL(`../fixtures/corpus/holdout.${lang}.jsonl`, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    const trained = new Set([...byLang.en, ...byLang.ko].map((s) => s.text));
    expect(held.length).toBeGreaterThan(300);
    expect(held.filter((text) => trained.has(text))).toEqual([]);
  });

  it('is what training gives today, byte for byte (training is deterministic)', () => {
    const retrained = trainSentenceModel(
      byLang,
      essayPack.myths.map((m) => m.id),
      digest,
    );
    expect(`${JSON.stringify(retrained)}\n`).toBe(readFileSync(modelFile, 'utf8'));
  });
});
