import type { MatcherSource } from '../match/compiled-matcher';
import { LANGS, type Lang, type Pack, type StanceCues } from './pack-schema';
import { toMatcherSource } from './to-matcher-source';

/** Where a pack comes from; the order of kinds is the order of precedence. */
export type PackOrigin =
  { kind: 'bundled'; id: string } | { kind: 'subscription'; url: string } | { kind: 'user' };

/** A pack with where it came from and whether the user has it switched on. */
export interface PackEntry {
  pack: Pack;
  origin: PackOrigin;
  enabled: boolean;
}

/** A pack as the options page names it. */
export interface PackRef {
  origin: PackOrigin;
  name: Pack['name'];
}

/** Which pack's card a myth shows, and which packs' cards for it are not used. */
export interface CardChoice {
  myth: string;
  title: Pack['myths'][number]['title'];
  used: PackRef;
  shadowed: PackRef[];
}

/** The packs in force, merged. */
export interface MergedPacks {
  /** The enabled packs in precedence order: `cardView` over them picks the winning card. */
  packs: Pack[];
  /** What pages compile: the enabled packs' patterns, plus a disabled bundled pack's cue lists. */
  sources: MatcherSource[];
  /** Every myth with a card, in the order first seen. */
  cards: CardChoice[];
}

const RANK: Record<PackOrigin['kind'], number> = { bundled: 0, subscription: 1, user: 2 };
const CUE_KINDS = ['report', 'reject', 'dismiss', 'negate', 'assert'] as const;

type StanceByLang = Partial<Record<Lang, StanceCues>>;

function joinStance(...parts: Array<StanceByLang | undefined>): StanceByLang | undefined {
  const out: StanceByLang = {};
  for (const lang of LANGS) {
    const merged: StanceCues = {};
    for (const kind of CUE_KINDS) {
      const list = [...new Set(parts.flatMap((p) => p?.[lang]?.[kind] ?? []))];
      if (list.length > 0) merged[kind] = list;
    }
    if (Object.keys(merged).length > 0) out[lang] = merged;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function refOf(entry: PackEntry): PackRef {
  return { origin: entry.origin, name: entry.pack.name };
}

function cardChoices(entries: readonly PackEntry[]): CardChoice[] {
  const byMyth = new Map<string, CardChoice>();
  for (const entry of entries) {
    for (const myth of entry.pack.myths) {
      if (!LANGS.some((lang) => myth.card[lang])) continue;
      const known = byMyth.get(myth.id);
      if (known) known.shadowed.push(refOf(entry));
      else
        byMyth.set(myth.id, { myth: myth.id, title: myth.title, used: refOf(entry), shadowed: [] });
    }
  }
  return [...byMyth.values()];
}

/**
 * Merges the bundled packs, the subscriptions (in the user's order) and the
 * user's own pack. The bundled pack comes first and cannot be removed; a
 * disabled bundled pack still lends its cue lists (`@ai`) to the others.
 * Packs may add myths, and patterns and cards to existing myths: patterns
 * add up; a myth's stance cues add up too (the bundled pack's pack-wide
 * stance cues, then every earlier pack's cues for the myth, then the
 * pack's own), because the compiler keeps only the last pack's for a myth.
 * Of two cards for one myth the earlier pack's wins: bundled, then the
 * earlier subscription, then the user's own.
 */
export function mergePacks(entries: readonly PackEntry[]): MergedPacks {
  const ordered = [...entries].sort((a, b) => RANK[a.origin.kind] - RANK[b.origin.kind]);
  const enabled = ordered.filter((e) => e.enabled);
  const bundledStance = joinStance(
    ...ordered.filter((e) => e.origin.kind === 'bundled').map((e) => e.pack.stance),
  );
  const mythStance = new Map<string, StanceByLang | undefined>();
  const sources: MatcherSource[] = [];
  for (const entry of ordered) {
    const source = toMatcherSource(entry.pack);
    if (entry.origin.kind === 'bundled') {
      if (!entry.enabled) {
        sources.push({ ...source, myths: [] });
        continue;
      }
      for (const myth of source.myths)
        mythStance.set(myth.id, joinStance(mythStance.get(myth.id), myth.stance));
      sources.push(source);
      continue;
    }
    if (!entry.enabled) continue;
    const myths = source.myths.map((myth) => {
      const stance = joinStance(mythStance.get(myth.id), myth.stance);
      mythStance.set(myth.id, stance);
      return stance ? { ...myth, stance } : myth;
    });
    const stance = joinStance(bundledStance, source.stance);
    sources.push({ ...source, ...(stance ? { stance } : {}), myths });
  }
  return { packs: enabled.map((e) => e.pack), sources, cards: cardChoices(enabled) };
}
