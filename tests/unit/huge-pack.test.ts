import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/packs/pack-schema';
import { validatePack, validatePackText } from '../../src/core/packs/validate-pack';

/** A valid myth, numbered so that every copy has its own id and phrases. */
function myth(n: number): Pack['myths'][number] {
  const card = {
    verdict: 'Not so.',
    points: ['One.', 'Two.'],
    facts: [],
    links: [{ label: 'Essay', url: 'https://example.org/essay' }],
  };
  return {
    id: `myth-${n}`,
    title: { en: `Myth ${n}`, ko: `신화 ${n}` },
    patterns: { en: [{ match: `robot uprising ${n}` }], ko: [{ match: `로봇 반란 ${n}` }] },
    examples: {
      en: {
        match: [{ text: `The robot uprising ${n} is near.`, stance: 'assert' }],
        noMatch: ['Robots vacuum floors.'],
      },
      ko: {
        match: [{ text: `로봇 반란 ${n} 이 곧 온다.`, stance: 'assert' }],
        noMatch: ['로봇 청소기.'],
      },
    },
    card: { en: card, ko: { ...card, verdict: '그렇지 않다.' } },
  } as Pack['myths'][number];
}

function packOf(count: number): Pack {
  return {
    format: 1,
    id: 'huge',
    name: { en: 'Huge', ko: '거대한 팩' },
    version: '1.0.0',
    source: {
      title: 'Essay',
      authors: ['A. Author'],
      published: '2024-06-27',
      url: 'https://example.org/essay',
    },
    languages: ['en', 'ko'],
    myths: Array.from({ length: count }, (_, n) => myth(n)),
  };
}

describe('a pack with 10,000 myths', () => {
  it('is refused by the schema, quickly, naming the limit', () => {
    const started = performance.now();
    const result = validatePack(packOf(10_000));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/more than 500 myths/);
  });

  it('is refused from its text for its size, before it is parsed', () => {
    const result = validatePackText(JSON.stringify(packOf(10_000)));
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/limit is 1 MB/)]);
  });

  it('while the same pack with a handful of myths is accepted (the fixture is valid)', () => {
    expect(validatePack(packOf(3))).toMatchObject({ ok: true });
  });
});
