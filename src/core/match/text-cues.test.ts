import { describe, expect, it } from 'vitest';
import { CueRegExp } from './cue-regexp';
import { TextCues, WHOLE_TEXT_CUES } from './text-cues';

const tax = new CueRegExp(['tax(?:es)?', 'gross income'], 'i');

describe('TextCues', () => {
  const text = 'The model grew. Taxes rose in May. Nothing else. Gross income fell.';

  it('finds a cue that stands wholly inside the window', () => {
    const cues = new TextCues(text);
    expect(cues.hasWithin(tax, { start: 0, end: 34 })).toBe(true);
    expect(cues.hasWithin(tax, { start: 35, end: 49 })).toBe(false);
    expect(cues.hasWithin(tax, { start: 40, end: text.length })).toBe(true);
  });

  it('does not count a cue the window cuts', () => {
    const cues = new TextCues(text);
    const at = text.indexOf('Taxes');
    expect(cues.hasWithin(tax, { start: at + 1, end: 40 })).toBe(false);
    expect(cues.hasWithin(tax, { start: 0, end: at + 5 })).toBe(true);
    expect(cues.hasWithin(tax, { start: 0, end: at + 4 })).toBe(false);
  });

  it('answers as a test of the window itself, for every window of a short text', () => {
    const cues = new TextCues(text);
    // Windows that cut no word: where one does, the slice's own test may see a word the text has not.
    const edges = [...text.matchAll(/\b/g)].map((m) => m.index);
    let asked = 0;
    for (const start of edges)
      for (const end of edges) {
        if (end < start) continue;
        expect(cues.hasWithin(tax, { start, end })).toBe(tax.test(text.slice(start, end)));
        asked += 1;
      }
    expect(asked).toBeGreaterThan(200);
  });

  it('asks only the window of a long text', () => {
    const long = `${'word '.repeat(WHOLE_TEXT_CUES / 5)}taxes ${'word '.repeat(100)}`;
    const cues = new TextCues(long);
    const at = long.indexOf('taxes');
    expect(cues.hasWithin(tax, { start: at - 10, end: at + 10 })).toBe(true);
    expect(cues.hasWithin(tax, { start: 0, end: at - 1 })).toBe(false);
  });
});
