import { describe, expect, it } from 'vitest';
import { isFromUser } from './is-from-user';

describe('isFromUser', () => {
  it.each([
    ['an event the browser marks trusted', true, true],
    ['a synthetic event from a page script', false, false],
    ['an event from a DOM emulation without the flag', undefined, true],
  ])('takes %s as from the user: %s', (_name, isTrusted, expected) => {
    expect(isFromUser({ isTrusted } as Pick<Event, 'isTrusted'>)).toBe(expected);
  });
});
