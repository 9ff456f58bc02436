import type { PatternAst, PatternTerm } from './pattern-ast';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Words too common to be worth looking for: a pattern is found by its rarest word. */
const COMMON = new Set(
  'a an the of in on to by is are was were be been and or for with it its they them their that this these those more most new just if as at will can could not no we our us i you your so do does did has have had all any every each than then there what which who how when why up out about into over from after before very much many some one two ten'.split(
    ' ',
  ),
);

function anchorOf(alt: string): string {
  return alt.split(/[\s\-'’]/)[0] ?? alt;
}

/** How rare a term's least rare anchor is: 0 for common words, else the anchor length. */
function rarity(term: Extract<PatternTerm, { kind: 'words' }>): number {
  return Math.min(
    ...term.alts.map((alt) => {
      const anchor = anchorOf(alt).toLowerCase();
      if (anchor.startsWith('#') || anchor.length === 0) return -1;
      return COMMON.has(anchor) ? 0 : anchor.length;
    }),
  );
}

/**
 * Literal strings of which every match of the pattern contains one: the
 * alternatives of its rarest required word term, cut at their first space
 * (Korean spacing varies) or hyphen. The prefilter looks only for these, so
 * the rarer they are, the less text goes any further.
 */
export function patternAnchors(ast: PatternAst): string[] {
  let best: Extract<PatternTerm, { kind: 'words' }> | undefined;
  let bestRarity = -Infinity;
  for (const term of ast.terms) {
    if (term.kind !== 'words' || term.optional) continue;
    const r = rarity(term);
    if (r > bestRarity) {
      best = term;
      bestRarity = r;
    }
  }
  if (!best || bestRarity < 0) return [];
  return best.alts.map(anchorOf).filter((a) => a.length > 0);
}

/** One global, case-insensitive RegExp over all anchors, longest first. */
export function anchorsRegExp(anchors: Iterable<string>): RegExp {
  const unique = [...new Set([...anchors].map((a) => a.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  return new RegExp(unique.length ? unique.map(escapeLiteral).join('|') : '(?!)', 'gi');
}
