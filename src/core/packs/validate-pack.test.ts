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

  it.each([
    ['the same string', 'robot uprising', 'robot uprising'],
    ['the same words in another case and spacing', 'Robot  uprising', 'robot uprising'],
    ['one hyphenated, one not', 'robot-uprising', 'robot uprising'],
  ])('rejects two English triggers with %s, naming both places', (_case, first, second) => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: first }, { match: 'robot revolt' }, { match: second }];
    expect(errorsOf(pack)).toEqual([
      `myths[0].patterns.en[2].match: the same phrase as myths[0].patterns.en[0].match ("${second}"); only the first would ever match: merge the two triggers or drop one`,
    ]);
  });

  it('rejects the same English phrase in two myths', () => {
    const pack = tinyPack();
    const other = structuredClone(pack.myths[0]!);
    other.id = 'robot-revolt';
    pack.myths.push(other);
    expect(errorsOf(pack)).toEqual([
      'myths[1].patterns.en[0].match: the same phrase as myths[0].patterns.en[0].match ("robot uprising"); only the first would ever match: merge the two triggers or drop one',
    ]);
  });

  it("rejects an English phrase a base pack already has, naming the base pack's place", () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: 'scaling (law|laws)' }];
    const base = tinyPack();
    base.id = 'base';
    base.myths[0]!.patterns.en = [{ match: 'robot revolt' }, { match: 'scaling (law|laws)' }];
    expect(errorsOf(pack)).toEqual([]);
    expect(validatePack(pack, [base])).toEqual({
      ok: false,
      errors: [
        'myths[0].patterns.en[0].match: the same phrase as pack "base" myths[0].patterns.en[1].match ("scaling (law|laws)"); only the first would ever match: merge the two triggers or drop one',
      ],
    });
  });

  it('does not hold a new version of a pack against the version it replaces', () => {
    expect(validatePack(tinyPack(), [tinyPack()]).ok).toBe(true);
  });

  it('lets Korean triggers share a phrase: each is found by its own RegExp', () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.ko = [{ match: '로봇 반란' }, { match: '로봇 반란', with: ['곧'] }];
    expect(errorsOf(pack)).toEqual([]);
  });

  it('rejects a gap compromise could not confirm, saying where and why', () => {
    const pack = tinyPack();
    pack.myths[0]!.patterns.en = [{ match: 'robot uprising * (by|before)? #year' }];
    expect(errorsOf(pack)).toEqual([
      'myths[0].patterns.en[0].match: "*" before an optional term or a multi-word alternative must be followed by words, not #year, #num or another *',
    ]);
  });
});
