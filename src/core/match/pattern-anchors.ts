import type { PatternAst } from './pattern-ast';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Literal strings of which every match of the pattern contains one: the
 * alternatives of its first required word term, cut at their first space
 * (Korean spacing varies) or hyphen. The prefilter looks only for these.
 */
export function patternAnchors(ast: PatternAst): string[] {
  const term = ast.terms.find((t) => t.kind === 'words' && !t.optional);
  if (!term || term.kind !== 'words') return [];
  return term.alts
    .map((alt) => alt.split(/[\s\-'’]/)[0] ?? alt)
    .filter((a) => a.length > 0 && !a.startsWith('#'));
}

/** One global, case-insensitive RegExp over all anchors, longest first. */
export function anchorsRegExp(anchors: Iterable<string>): RegExp {
  const unique = [...new Set([...anchors].map((a) => a.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  return new RegExp(unique.length ? unique.map(escapeLiteral).join('|') : '(?!)', 'gi');
}
