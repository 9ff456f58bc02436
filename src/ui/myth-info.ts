import type { Lang, Pack } from '../core/packs/pack-schema';

/** What the popup and options need of a myth: its id and its title in each language. */
export interface MythInfo {
  id: string;
  title: Readonly<Record<Lang, string>>;
}

/** The myths of the given packs, in pack order, each id once. */
export function mythsOf(packs: readonly Pack[]): MythInfo[] {
  const seen = new Set<string>();
  const out: MythInfo[] = [];
  for (const myth of packs.flatMap((pack) => pack.myths)) {
    if (seen.has(myth.id)) continue;
    seen.add(myth.id);
    out.push({ id: myth.id, title: myth.title });
  }
  return out;
}

/** A myth's title in `lang`, or its id when no pack knows it (a pack was removed). */
export function mythTitle(myths: readonly MythInfo[], id: string, lang: Lang): string {
  return myths.find((m) => m.id === id)?.title[lang] ?? id;
}
