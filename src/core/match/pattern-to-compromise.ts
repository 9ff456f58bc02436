import type { PatternAst, PatternTerm } from './pattern-ast';
import { PatternError } from './parse-pattern';

const PLAIN = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

function termSource(term: PatternTerm): string {
  if (term.kind === 'gap') return `.{0,${term.max}}`;
  const suffix = term.optional ? '?' : '';
  if (term.kind === 'year') return `/^(19|20)[0-9]{2}s?$/${suffix}`;
  if (term.kind === 'num') return `/^[0-9][0-9.,]*$/${suffix}`;
  // compromise splits hyphenated words into terms; multi-word alternatives match them.
  const alts = term.alts.map((w) => w.replace(/-/g, ' '));
  const bad = alts.find((w) => !PLAIN.test(w));
  if (bad !== undefined)
    throw new PatternError(
      `"${bad}": highlighted phrases take single words of letters and digits and hyphens (no punctuation)`,
    );
  const body = alts.length === 1 ? (alts[0] ?? '') : `(${alts.join('|')})`;
  return `${body}${suffix}`;
}

/** The compromise match string of an English pattern (compromise splits on hyphens, as we do). */
export function patternToCompromise(ast: PatternAst): string {
  return ast.terms.map(termSource).join(' ');
}
