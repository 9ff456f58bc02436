import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from './split-sentences';

const pieces = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at terminal punctuation followed by space', () => {
    expect(pieces('AGI is near. Or is it? Yes!  Done')).toEqual([
      'AGI is near.',
      'Or is it?',
      'Yes!',
      'Done',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(pieces('Dr. Smith of the U.S. said GPT-3.5 is fine, e.g. for J. Doe. Next.')).toEqual([
      'Dr. Smith of the U.S. said GPT-3.5 is fine, e.g. for J. Doe.',
      'Next.',
    ]);
  });

  it('splits Korean sentences and ends a sentence at a line break', () => {
    expect(pieces('AGI가 온다고 한다. 정말일까?\n새 줄')).toEqual([
      'AGI가 온다고 한다.',
      '정말일까?',
      '새 줄',
    ]);
  });

  it('cuts text with no breaks into bounded pieces', () => {
    const long = 'word '.repeat(2000);
    const spans = splitSentences(long);
    expect(spans.length).toBeGreaterThan(10);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
