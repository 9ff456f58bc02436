import { cardView } from '../core/packs/card-view';
import { LANGS, type Lang, type Pack } from '../core/packs/pack-schema';
import type { Colors } from './colors';

type PerLang<T> = Record<Lang, T>;

/** A myth as --list-myths shows it: its title, its card's verdict and the texts of its facts. */
export interface MythSummary {
  id: string;
  title: PerLang<string>;
  verdict: PerLang<string>;
  facts: PerLang<string[]>;
}

/** Every myth of the packs once (the first pack that has an id wins, as for cards), in pack order. */
export function listMyths(packs: readonly Pack[]): MythSummary[] {
  const ids = [...new Set(packs.flatMap((pack) => pack.myths.map((myth) => myth.id)))];
  return ids.map((id) => {
    const views = Object.fromEntries(LANGS.map((lang) => [lang, cardView(packs, id, lang)]));
    const per = <T>(pick: (lang: Lang) => T): PerLang<T> =>
      Object.fromEntries(LANGS.map((lang) => [lang, pick(lang)])) as PerLang<T>;
    return {
      id,
      title: per((lang) => views[lang]?.title ?? id),
      verdict: per((lang) => views[lang]?.card.verdict ?? ''),
      facts: per((lang) => views[lang]?.card.facts.map((fact) => fact.text) ?? []),
    };
  });
}

/** The myths for a person, in one language. */
export function formatMythList(myths: readonly MythSummary[], lang: Lang, c: Colors): string {
  return myths
    .map((myth) =>
      [
        `${c.cyan(myth.id)}  ${c.bold(myth.title[lang])}`,
        `  → ${myth.verdict[lang]}`,
        ...myth.facts[lang].map((fact) => c.dim(`  • ${fact}`)),
        '',
      ].join('\n'),
    )
    .join('\n');
}
