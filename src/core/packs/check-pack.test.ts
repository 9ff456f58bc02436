import { describe, expect, it } from 'vitest';
import { checkPack, checkPackText, MAX_COMPILE_MS } from './check-pack';
import { essayPack } from './essay-pack';
import { PACK_LIMITS } from './pack-limits';
import { tinyPack } from './tiny-pack.fixture';

const codeOf = (text: string) => {
  const result = checkPackText(text, { base: [essayPack] });
  return result.ok ? 'ok' : result.error.code;
};

describe('checkPackText', () => {
  it.each([
    ['a good pack', JSON.stringify(tinyPack()), 'ok'],
    ['an HTML page', '<!doctype html><title>Login</title>', 'html'],
    ['broken JSON', '{"format": 1,', 'not-json'],
    ['JSON that is no pack', '{"hello": "world"}', 'invalid-pack'],
    ['more than 1 MB', JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }), 'too-large'],
  ])('answers %s with %s', (_name, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('names the place of a schema error', () => {
    const pack = tinyPack({ version: 'one' });
    const result = checkPack(pack);
    expect(result.ok ? '' : result.error.params?.detail).toBe(
      'version: must be a version like 1.2.3',
    );
  });

  it('refuses a pack whose own example fails, quoting it', () => {
    const pack = tinyPack();
    pack.myths[0]?.examples.en?.noMatch.push('A robot uprising, they said.');
    const result = checkPack(pack);
    expect(result.ok ? null : result.error).toEqual({
      code: 'failing-examples',
      params: {
        count: 1,
        detail: 'robot-uprising (en): "A robot uprising, they said." → assert, expected none',
      },
    });
  });

  it('refuses a pack with more myths than the limit', () => {
    const one = tinyPack().myths[0];
    if (!one) throw new Error('no myth');
    const myths = Array.from({ length: PACK_LIMITS.myths + 1 }, (_, i) => ({
      ...one,
      id: `m${i}`,
    }));
    const result = checkPack(tinyPack({ myths }));
    expect(result.ok ? '' : result.error.code).toBe('over-limits');
  });

  it('refuses a pack that takes longer than a second to compile', () => {
    let clock = 0;
    const now = () => (clock += MAX_COMPILE_MS + 1);
    const result = checkPack(tinyPack(), { now });
    expect(result.ok ? null : result.error).toEqual({
      code: 'too-slow',
      params: { ms: MAX_COMPILE_MS + 1 },
    });
  });

  it('lets a pack use the bundled cue lists, and refuses them without the bundled pack', () => {
    const pack = tinyPack();
    pack.myths[0]?.patterns.en?.push({ match: 'robots', with: ['@soon'] });
    expect(checkPack(pack, { base: [essayPack] }).ok).toBe(true);
    expect(checkPack(pack).ok).toBe(false);
  });

  it('accepts a pack adding patterns to a bundled myth without a card of its own', () => {
    const pack = tinyPack();
    const myth = pack.myths[0];
    if (!myth) throw new Error('no myth');
    pack.myths = [{ ...myth, id: 'scaling-laws', card: {} }];
    expect(checkPack(pack, { base: [essayPack] }).ok).toBe(true);
    expect(checkPack(pack).ok).toBe(false);
  });
});
