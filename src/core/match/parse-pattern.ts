import type { Lang } from '../packs/pack-schema';
import { inflect } from './inflect';
import { MAX_GAP, MAX_TERMS, type PatternAst, type PatternTerm } from './pattern-ast';

/** A pattern that does not parse; the message says where and why. */
export class PatternError extends Error {
  override name = 'PatternError';
}

/** Words start with a letter or digit; inside ( ) they may hold spaces and hyphens (cues only). */
const WORD = /^(?:[\p{L}\p{N}"“”'‘’]|#year|#num)[\p{L}\p{N}'’.&%# -]*$/u;

/**
 * Parses a phrase pattern: words separated by spaces; `(a|b)` alternatives;
 * a trailing `?` makes a term optional; `~` after an English word adds its
 * inflections; `*` skips up to four words; `#year` and `#num` match a year
 * and a number. English hyphens split words into terms, as compromise does.
 */
export function parsePattern(source: string, lang: Lang): PatternAst {
  const tokens = tokenize(source.trim());
  if (tokens.length === 0) throw new PatternError('empty pattern');
  const terms = tokens.flatMap((token) => parseToken(token, lang));
  if (terms.length > MAX_TERMS) throw new PatternError(`more than ${MAX_TERMS} terms`);
  if (terms.every((t) => t.kind === 'gap' || t.optional)) {
    throw new PatternError('needs at least one required word');
  }
  if (terms[0]?.kind === 'gap' || terms[terms.length - 1]?.kind === 'gap') {
    throw new PatternError('cannot start or end with *');
  }
  return { source, lang, terms };
}

/**
 * Splits on spaces outside parentheses; a group written against a word or
 * another group ("(인간|사람)(의)?") is a term of its own.
 */
function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    if (current) tokens.push(current);
    current = '';
  };
  for (const ch of source) {
    const closedGroup = depth === 0 && current.endsWith(')');
    if (closedGroup && ch !== '?' && ch !== ' ') flush();
    if (ch === '(' && depth === 0 && current && !current.endsWith(')?')) flush();
    if (ch === '(' && depth === 0 && current.endsWith(')?')) flush();
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) throw new PatternError('unbalanced )');
    // A comma separates words like a space: the separator between words allows one.
    if ((ch === ' ' || ch === ',') && depth === 0) flush();
    else current += ch;
  }
  if (depth !== 0) throw new PatternError('unbalanced (');
  flush();
  return tokens;
}

function parseToken(token: string, lang: Lang): PatternTerm[] {
  if (token === '*') return [{ kind: 'gap', max: MAX_GAP }];
  const optional = token.endsWith('?');
  const body = optional ? token.slice(0, -1) : token;
  if (body === '#year') return [{ kind: 'year', optional }];
  if (body === '#num') return [{ kind: 'num', optional }];
  if (body.startsWith('(')) {
    if (!body.endsWith(')')) throw new PatternError(`"${token}": text after )`);
    const alts = body.slice(1, -1).split('|');
    return [{ kind: 'words', alts: alts.flatMap((alt) => parseWord(alt, lang, true)), optional }];
  }
  const parts = lang === 'en' ? body.split('-') : [body];
  return parts.map((part, i) => ({
    kind: 'words',
    alts: parseWord(part, lang, false),
    optional: optional && i === parts.length - 1 && parts.length === 1,
  }));
}

function parseWord(raw: string, lang: Lang, inAlternative: boolean): string[] {
  const word = raw.trim();
  const inflected = word.endsWith('~');
  const bare = (inflected ? word.slice(0, -1) : word).toLowerCase();
  if (!bare) throw new PatternError('empty word');
  if (bare.includes('~'))
    throw new PatternError(`"${raw}": ~ goes only at the end of a single word`);
  if (!WORD.test(bare) || (!inAlternative && bare.includes(' ')))
    throw new PatternError(`"${raw}" is not a word`);
  return inflected && lang === 'en' ? inflect(bare) : [bare];
}
