import { describe, expect, it } from 'vitest';
import { compileCueGroups, compileCues } from './compile-cues';

describe('compileCueGroups', () => {
  it('matches as the concatenated list, with a part of its own for each group', () => {
    const grouped = compileCueGroups([['scaling laws?'], ['emergent']], 'en', []);
    const flat = compileCues(['scaling laws?', 'emergent'], 'en', []);
    expect(grouped?.unions.length).toBe(2);
    for (const text of ['Scaling laws hold.', 'Emergent abilities!', 'Nothing here.'])
      expect(grouped?.spans(text)).toEqual(flat?.spans(text));
  });

  it('is the same object for the same groups, and empty groups drop out', () => {
    const a = compileCueGroups([['bigger models?'], ['smarter']], 'en', []);
    expect(compileCueGroups([['bigger models?'], ['smarter']], 'en', [])).toBe(a);
    expect(compileCueGroups([undefined, ['smarter']], 'en', [])).toBe(
      compileCues(['smarter'], 'en', []),
    );
    expect(compileCueGroups([undefined, []], 'en', [])).toBeUndefined();
  });

  it('never takes a pattern holding a separator character for a grouping it compiled', () => {
    expect(compileCueGroups([['alpha'], ['beta']], 'en', [])).toBeDefined();
    // Not served from the cache as the two groups: compiled, and refused as the pattern it is.
    for (const odd of ['alpha\u0001beta', 'alpha\u0000beta'])
      expect(() => compileCues([odd], 'en', [])).toThrow(/not a word/);
  });
});
