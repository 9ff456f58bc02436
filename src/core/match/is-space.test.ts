import { describe, expect, it } from 'vitest';
import { isSpace } from './is-space';

describe('isSpace', () => {
  it('answers as /\\s/ does for every UTF-16 unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1)
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it.each([
    [' ', true],
    ['\u00a0', true],
    ['\u3000', true],
    ['a', false],
    ['가', false],
  ])('calls %j a space: %s', (ch, expected) => {
    expect(isSpace(ch.charCodeAt(0))).toBe(expected);
  });
});
