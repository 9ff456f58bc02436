import { describe, expect, it } from 'vitest';
import { essayPack } from '../core/packs/essay-pack';
import { essayMyths } from './essay-myths';
import { mythsOf, mythTitle } from './myth-info';

describe('the myths the popup and options list', () => {
  it('are the bundled pack’s myths, in its order, with its titles', () => {
    expect(essayMyths).toEqual(mythsOf([essayPack]));
  });

  it('fall back to the id for a myth no pack knows', () => {
    expect(mythTitle(essayMyths, 'gone-myth', 'ko')).toBe('gone-myth');
    expect(mythTitle(essayMyths, 'scaling-laws', 'en')).toBe(essayPack.myths[0]!.title.en);
  });
});
