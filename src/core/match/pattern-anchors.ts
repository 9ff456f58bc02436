import type { Lang } from '../packs/pack-schema';
import type { PatternAst, PatternTerm } from './pattern-ast';
import ranks from './english-ranks.json';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Words too common to be worth looking for: a pattern is found by its rarest word. */
const COMMON = new Set(
  'a an the of in on to by is are was were be been and or for with it its they them their that this these those more most new just if as at will can could not no we our us i you your so do does did has have had all any every each than then there what which who how when why up out about into over from after before very much many some one two ten'.split(
    ' ',
  ),
);

/** How common each English word is in ordinary prose: 0 the most common (english-ranks.json). */
const RANK = new Map((ranks as string[]).map((word, rank) => [word, rank]));

/** Where a word of an alternative may be cut off: spaces, hyphens, apostrophes. */
const PIECE_BREAK = /[\s\-'’]/;

/**
 * How rare one word of a pattern is, the higher the rarer: -1 for a
 * placeholder (`#year`) or nothing, 0 for the commonest words, then by
 * rank in ordinary English prose; a word too rare to be ranked, and any
 * Korean word, by its length.
 */
function pieceRarity(piece: string, lang: Lang): number {
  const word = piece.toLowerCase();
  if (word.length === 0 || word.includes('#')) return -1;
  if (COMMON.has(word)) return 0;
  if (lang !== 'en') return word.length;
  const rank = RANK.get(word);
  return rank === undefined ? RANK.size + 1 + word.length : 1 + rank;
}

/**
 * The literal an alternative is found by. English words are matched whole
 * and with a separator between them, so any of them will do: its rarest
 * ("trained" in "not trained for"). Korean spacing varies (규모 확장 법칙 =
 * 규모확장법칙), so a Korean alternative is found by its first word, which
 * no letter of the alternative can stand before.
 */
function anchorOf(alt: string, lang: Lang): string {
  const pieces = alt.split(PIECE_BREAK);
  let best = pieces[0] ?? alt;
  if (lang !== 'en') return best;
  for (const piece of pieces) if (pieceRarity(piece, lang) > pieceRarity(best, lang)) best = piece;
  return best;
}

/** How rare a term's least rare anchor is. */
function rarity(term: Extract<PatternTerm, { kind: 'words' }>, lang: Lang): number {
  return Math.min(...term.alts.map((alt) => pieceRarity(anchorOf(alt, lang), lang)));
}

/**
 * Literal strings of which every match of the pattern contains one: for
 * each alternative of its rarest required word term, that alternative's
 * rarest word (English) or first word (Korean). The prefilter looks only
 * for these, so the rarer they are, the less text goes any further.
 */
export function patternAnchors(ast: PatternAst): string[] {
  let best: Extract<PatternTerm, { kind: 'words' }> | undefined;
  let bestRarity = -Infinity;
  for (const term of ast.terms) {
    if (term.kind !== 'words' || term.optional) continue;
    const r = rarity(term, ast.lang);
    if (r > bestRarity) {
      best = term;
      bestRarity = r;
    }
  }
  if (!best || bestRarity < 0) return [];
  return best.alts.map((alt) => anchorOf(alt, ast.lang)).filter((a) => a.length > 0);
}

/** One global, case-insensitive RegExp over all anchors, longest first. */
export function anchorsRegExp(anchors: Iterable<string>): RegExp {
  const unique = [...new Set([...anchors].map((a) => a.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  return new RegExp(unique.length ? unique.map(escapeLiteral).join('|') : '(?!)', 'gi');
}
