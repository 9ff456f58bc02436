import { describe, expect, it } from 'vitest';
import { anchorHits } from './find-hype';
import { parsePattern } from './parse-pattern';
import { anchorsRegExp, patternAnchors } from './pattern-anchors';

const anchorsOf = (source: string, lang: 'en' | 'ko' = 'en') =>
  patternAnchors(parsePattern(source, lang));

describe('patternAnchors', () => {
  it('finds an English alternative by its rarest word, not its first', () => {
    expect(anchorsOf('(never trained|not trained for) on it')).toEqual(['trained', 'trained']);
    expect(anchorsOf('straight-line extrapolation')).toEqual(['extrapolation']);
  });

  it('prefers a word rare in ordinary prose to a longer common one', () => {
    // "government" is among the commonest words of the addresses the ranks come from.
    expect(anchorsOf('government gpu')).toEqual(['gpu']);
    expect(anchorsOf('the (general|whole) (agi)')).toEqual(['agi']);
  });

  it('finds a Korean alternative by its first word, whose spacing cannot hide it', () => {
    expect(anchorsOf('(규모 확장 법칙|스케일링 법칙)', 'ko')).toEqual(['규모', '스케일링']);
  });

  it('never looks for a placeholder', () => {
    expect(anchorsOf('(agi) by #year')).toEqual(['agi']);
  });
});

describe('anchorHits', () => {
  const anchors = new Map([
    ['ai', [0]],
    ['ever', [1]],
    ['gpt', [2]],
    ['gpt4o', [3]],
    ['모델', [4]],
  ]);
  const matcher = { prefilter: anchorsRegExp(anchors.keys()), anchors };
  const hits = (text: string) => anchorHits(text, matcher).map((h) => [h.index, h.triggers]);

  it('takes no anchor inside a word, at either end', () => {
    expect(hits('rain and air and every day')).toEqual([]);
    expect(hits('AI, ever.')).toEqual([
      [0, [0]],
      [4, [1]],
    ]);
  });

  it('falls back to a shorter anchor where the longer one runs into a word', () => {
    // In "gpt4os" the anchor "gpt4o" runs on into "s", but "gpt" ends before a digit.
    expect(hits('gpt4os')).toEqual([[0, [2]]]);
    expect(hits('gpt4o and gpt-4')).toEqual([
      [0, [3]],
      [10, [2]],
    ]);
  });

  it('lets a Korean anchor take particles after it', () => {
    expect(hits('모델이 커진다')).toEqual([[0, [4]]]);
  });
});
