import { describe, expect, it } from 'vitest';
import { checkPack } from './check-pack';
import { essayPack } from './essay-pack';
import { addOwnRule, ownRules, removeOwnRule, type OwnRule } from './own-rules';
import { previewExamples, previewOwnRule } from './preview-own-rule';

const newMyth = {
  id: 'own-compute-destiny',
  title: { en: 'Compute is destiny', ko: 'Compute is destiny' },
};
const rule = (fields: Partial<OwnRule> = {}): OwnRule => ({
  pattern: 'compute is (destiny|fate)',
  lang: 'en',
  role: 'trigger',
  myth: newMyth,
  ...fields,
});

describe('own rules', () => {
  it('make a pack that passes the same checks as a subscribed one', () => {
    const pack = addOwnRule(undefined, rule(), '2026-01-02');
    expect(checkPack(pack, { base: [essayPack], cardsOptional: true })).toEqual({ ok: true, pack });
  });

  it('list one row per pattern and stance cue, in both languages', () => {
    let pack = addOwnRule(undefined, rule(), '2026-01-02');
    pack = addOwnRule(pack, rule({ pattern: '연산이 곧 운명', lang: 'ko' }), '2026-01-02');
    pack = addOwnRule(
      pack,
      rule({
        pattern: 'overhyped',
        role: 'reject',
        myth: { id: 'scaling-laws', title: newMyth.title },
      }),
      '2026-01-02',
    );
    expect(ownRules(pack)).toEqual([
      {
        myth: 'own-compute-destiny',
        lang: 'en',
        role: 'trigger',
        pattern: 'compute is (destiny|fate)',
      },
      { myth: 'own-compute-destiny', lang: 'ko', role: 'trigger', pattern: '연산이 곧 운명' },
      { myth: 'scaling-laws', lang: 'en', role: 'reject', pattern: 'overhyped' },
    ]);
    expect(pack.version).toBe('1.0.2');
  });

  it('drop a myth with its last rule, and the pack with its last myth', () => {
    const pack = addOwnRule(undefined, rule(), '2026-01-02');
    const [row] = ownRules(pack);
    if (!row) throw new Error('no rule');
    expect(removeOwnRule(pack, row)).toBeUndefined();
  });

  it('preview what a rule finds, with the stance the bundled cues give', () => {
    const preview = previewOwnRule(
      rule(),
      ['Compute is destiny in AI.', 'Critics say compute is destiny is a myth.', 'Nothing.'],
      [essayPack],
    );
    expect(preview.ok && preview.lines.map((l) => l.found?.stance ?? 'none')).toEqual([
      'assert',
      'reject',
      'none',
    ]);
    expect(preview.ok && previewExamples(preview.lines)).toEqual({
      matched: [{ text: 'Compute is destiny in AI.', stance: 'assert' }],
      unmatched: ['Critics say compute is destiny is a myth.', 'Nothing.'],
    });
  });

  it('say why a pattern does not work', () => {
    expect(previewOwnRule(rule({ pattern: '(ai|agi' }), ['x'], [essayPack])).toEqual({
      ok: false,
      detail: 'unbalanced (',
    });
  });
});
