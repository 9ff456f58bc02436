import type { Card, Chart, Lang, Pack } from './pack-schema';

/** What the content script needs to show a card: texts in one language, charts resolved. */
export interface CardView {
  myth: string;
  lang: Lang;
  title: string;
  card: Card;
  charts: Array<{ id: string; chart: Chart }>;
  source: { title: string; authors: string[]; url: string };
}

/**
 * The card of a myth in a language, from the first pack that has one (the
 * bundled pack first), falling back to the other language when the pack
 * lacks the wanted one. Undefined when no pack knows the myth.
 */
export function cardView(packs: readonly Pack[], mythId: string, lang: Lang): CardView | undefined {
  for (const pack of packs) {
    const myth = pack.myths.find((m) => m.id === mythId);
    const chosen = myth?.card[lang] ? lang : pack.languages.find((l) => myth?.card[l]);
    const card = chosen ? myth?.card[chosen] : undefined;
    if (!myth || !card || !chosen) continue;
    return {
      myth: myth.id,
      lang: chosen,
      title: myth.title[chosen],
      card,
      charts: (card.charts ?? []).flatMap((id) => {
        const chart = pack.charts?.[id];
        return chart ? [{ id, chart }] : [];
      }),
      source: { title: pack.source.title, authors: pack.source.authors, url: pack.source.url },
    };
  }
  return undefined;
}
