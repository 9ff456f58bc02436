import { describe, expect, it } from 'vitest';
import { essayPack } from './essay-pack';
import type { Pack } from './pack-schema';
import { MAX_PACK_BYTES, validatePack, validatePackText } from './validate-pack';

/** A small valid pack with one myth, to break in one place per test. */
function tinyPack(): Pack {
  const card = {
    verdict: 'Not so.',
    points: ['One.', 'Two.'],
    facts: [],
    links: [{ label: 'Essay', url: 'https://example.org/essay' }],
  };
  return {
    format: 1,
    id: 'tiny',
    name: { en: 'Tiny', ko: '작은 팩' },
    version: '1.0.0',
    source: {
      title: 'Essay',
      authors: ['A. Author'],
      published: '2024-06-27',
      url: 'https://example.org/essay',
    },
    languages: ['en', 'ko'],
    myths: [
      {
        id: 'robot-uprising',
        title: { en: 'Robots will rise', ko: '로봇이 일어선다' },
        patterns: { en: [{ match: 'robot uprising' }], ko: [{ match: '로봇 반란' }] },
        examples: {
          en: {
            match: [{ text: 'The robot uprising is near.', stance: 'assert' }],
            noMatch: ['Robots vacuum floors.'],
          },
          ko: {
            match: [{ text: '로봇 반란이 곧 온다.', stance: 'assert' }],
            noMatch: ['로봇 청소기.'],
          },
        },
        card: { en: card, ko: { ...card, verdict: '그렇지 않다.' } },
      },
    ],
  };
}

const errorsOf = (pack: unknown): string[] => {
  const result = validatePack(pack);
  return result.ok ? [] : result.errors;
};

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    expect(validatePack(tinyPack()).ok).toBe(true);
  });

  it('names the place of a missing language', () => {
    const pack = tinyPack();
    delete (pack.myths[0]!.card as Record<string, unknown>).ko;
    expect(errorsOf(pack)).toContain('myths[0].card.ko: missing (the pack declares ko)');
  });

  it('names the place of a missing verdict', () => {
    const pack = tinyPack() as unknown as {
      myths: Array<{ card: { ko: Record<string, unknown> } }>;
    };
    delete pack.myths[0]!.card.ko.verdict;
    expect(errorsOf(pack)).toContain('myths[0].card.ko.verdict: missing');
  });

  it('rejects a pattern that does not compile, saying where and why', () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: '(robot|android uprising' }];
    expect(errorsOf(pack)).toEqual(['myths[0].patterns.en[0].match: unbalanced (']);
  });

  it('rejects a duplicate myth id', () => {
    const pack = tinyPack();
    pack.myths.push(structuredClone(pack.myths[0]!));
    expect(errorsOf(pack)).toContain('myths[1].id: duplicate id "robot-uprising"');
  });

  it('rejects a link that is not https', () => {
    const pack = tinyPack();
    pack.myths[0]!.card.en!.links = [{ label: 'Essay', url: 'http://example.org/essay' }];
    expect(errorsOf(pack)).toContain('myths[0].card.en.links[0].url: must be an https:// URL');
  });

  it('rejects markup in a text field', () => {
    const pack = tinyPack();
    pack.myths[0]!.card.en!.verdict = 'Not so <img src=x onerror=alert(1)>';
    expect(errorsOf(pack)).toContain(
      'myths[0].card.en.verdict: contains markup (<, > or an HTML entity)',
    );
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const pack = { ...tinyPack(), script: 'alert(1)' };
    expect(errorsOf(pack)[0]).toMatch(/^script: unknown field|unknown field/);
  });

  it('rejects a pack over 1 MB before parsing it', () => {
    const text = JSON.stringify({ ...tinyPack(), padding: 'x'.repeat(MAX_PACK_BYTES) });
    expect(validatePackText(text)).toEqual({
      ok: false,
      errors: ['pack is 1.0 MB; the limit is 1 MB'],
    });
  });

  it("rejects text that is not JSON with the parser's reason", () => {
    const result = validatePackText('<!doctype html><html>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^not valid JSON: /);
  });

  it('lets a pack use the cue lists of the packs before it', () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: 'robot uprising', with: ['@soon'] }];
    expect(errorsOf(pack)).toEqual(['myths[0].patterns.en[0].with: unknown cue list @soon']);
    expect(validatePack(pack, [essayPack]).ok).toBe(true);
  });

  it('does not hold a new version of a pack against the version it replaces', () => {
    expect(validatePack(tinyPack(), [tinyPack()]).ok).toBe(true);
  });

  it.each([
    ['ko', '로봇 반란', '로봇 반란'],
    ['en', 'robot uprising', 'Robot-uprising'],
  ] as const)(
    'lets %s triggers share a phrase under other conditions: each is found by its own RegExp',
    (lang, first, second) => {
      const pack = tinyPack();
      pack.myths[0]!.patterns[lang] = [{ match: first }, { match: second, with: ['soon'] }];
      expect(errorsOf(pack)).toEqual([]);
    },
  );

  it('accepts a gap before an optional word and a year', () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: 'robot uprising * (by|before)? #year' }];
    expect(errorsOf(pack)).toEqual([]);
  });
});
