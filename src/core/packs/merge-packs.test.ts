import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile-matcher';
import { findHype } from '../match/find-hype';
import { cardView } from './card-view';
import { essayPack } from './essay-pack';
import { mergePacks, type PackEntry } from './merge-packs';
import type { Pack } from './pack-schema';
import { tinyCard, tinyPack } from './tiny-pack.fixture';

const bundled = (pack: Pack = essayPack, enabled = true): PackEntry => ({
  pack,
  origin: { kind: 'bundled', id: pack.id },
  enabled,
});
const sub = (pack: Pack, url: string, enabled = true): PackEntry => ({
  pack,
  origin: { kind: 'subscription', url },
  enabled,
});

/** A pack that adds a pattern and a card to the essay's scaling-laws myth. */
function extending(id: string, verdict: string): Pack {
  const base = tinyPack({ id });
  const myth = base.myths[0];
  if (!myth) throw new Error('tiny pack without a myth');
  return { ...base, myths: [{ ...myth, id: 'scaling-laws', card: { en: tinyCard(verdict) } }] };
}

describe('mergePacks', () => {
  it('puts the bundled pack first, then subscriptions in order, then the user pack', () => {
    const own = tinyPack({ id: 'own' });
    const a = tinyPack({ id: 'a' });
    const merged = mergePacks([
      { pack: own, origin: { kind: 'user' }, enabled: true },
      sub(a, 'https://a.example/p.json'),
      bundled(),
    ]);
    expect(merged.packs.map((p) => p.id)).toEqual(['essay', 'a', 'own']);
  });

  it('leaves disabled subscriptions out entirely', () => {
    const merged = mergePacks([bundled(), sub(tinyPack(), 'https://a.example/', false)]);
    expect(merged.packs.map((p) => p.id)).toEqual(['essay']);
    expect(merged.sources).toHaveLength(1);
  });

  it('keeps a disabled bundled pack’s cue lists but none of its myths or cards', () => {
    const merged = mergePacks([bundled(essayPack, false)]);
    expect(merged.packs).toEqual([]);
    expect(merged.sources[0]?.myths).toEqual([]);
    expect(merged.sources[0]?.cues?.en?.ai).toBeDefined();
  });

  it('adds a subscription’s new myth to what pages match', () => {
    const matcher = compileMatcher(mergePacks([bundled(), sub(tinyPack(), 'u')]).sources);
    const found = findHype('The robot uprising is near.', matcher, { lang: 'en' });
    expect(found.map((m) => m.myth)).toContain('robot-uprising');
  });

  it('adds patterns to an existing myth without losing its stance cues', () => {
    const matcher = compileMatcher(
      mergePacks([bundled(), sub(extending('x', 'Other.'), 'u')]).sources,
    );
    // The essay's report cues ("argues") still apply to scaling-laws after the pack adds a pattern.
    const found = findHype('Altman argues that the robot uprising is near.', matcher, {
      lang: 'en',
    });
    expect(found.find((m) => m.myth === 'scaling-laws')?.stance).toBe('report');
  });

  it('shows the bundled card over a subscription’s, and says which was shadowed', () => {
    const merged = mergePacks([bundled(), sub(extending('x', 'Shadowed.'), 'u')]);
    expect(cardView(merged.packs, 'scaling-laws', 'en')?.card.verdict).toBe(
      essayPack.myths[0]?.card.en?.verdict,
    );
    const choice = merged.cards.find((c) => c.myth === 'scaling-laws');
    expect(choice?.used.origin).toEqual({ kind: 'bundled', id: 'essay' });
    expect(choice?.shadowed.map((r) => r.origin)).toEqual([{ kind: 'subscription', url: 'u' }]);
  });

  it('shows the earlier subscription’s card when the bundled pack is off', () => {
    const merged = mergePacks([
      bundled(essayPack, false),
      sub(extending('first', 'First.'), 'u1'),
      sub(extending('second', 'Second.'), 'u2'),
    ]);
    expect(cardView(merged.packs, 'scaling-laws', 'en')?.card.verdict).toBe('First.');
    const choice = merged.cards.find((c) => c.myth === 'scaling-laws');
    expect(choice?.used.origin).toEqual({ kind: 'subscription', url: 'u1' });
    expect(choice?.shadowed.map((r) => r.origin)).toEqual([{ kind: 'subscription', url: 'u2' }]);
  });
});
