import type { PatternAst, PatternTerm } from './pattern-ast';

const LATIN = /[a-z]/i;
/** What separates English words: spaces and the dashes compromise also splits on. */
const SEP_EN = String.raw`[\s\u00a0\-\u2010-\u2014/"“”‘’,]+`;
const SEP_KO = String.raw`[\s\u00a0]*`;
/**
 * Letters and digits of the scripts we meet, spelled out: the compiled
 * RegExps run without the `u` flag, which makes the big cue unions several
 * times faster (measured: 37 µs against 5 µs a sentence).
 */
const WORD_CHARS = String.raw`A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u052F\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF`;
const NOT_WORD_BEFORE = `(?<![${WORD_CHARS}])`;
const NOT_WORD_AFTER = `(?![${WORD_CHARS}])`;

/** The flags every pattern RegExp is compiled with (plus `g` where it is scanned). */
export const PATTERN_FLAGS = 'i';
const NOT_LATIN_BEFORE = String.raw`(?<![A-Za-z])`;
const NOT_LATIN_AFTER = String.raw`(?![A-Za-z])`;

const YEAR = String.raw`(?:19|20)\d\d(?:s|년)?`;
const NUM = String.raw`\d+(?:[.,]\d+)*`;

function escapeWord(word: string, lang: PatternAst['lang']): string {
  return word
    .split(/(#year|#num)/)
    .map((part) => (part === '#year' ? YEAR : part === '#num' ? NUM : escapeText(part, lang)))
    .join('');
}

function escapeText(word: string, lang: PatternAst['lang']): string {
  return [...word]
    .map((ch) => {
      if (ch === "'" || ch === '’') return "['’]";
      if (ch === ' ' || (ch === '-' && lang === 'en')) return lang === 'ko' ? SEP_KO : SEP_EN;
      return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
    })
    .join('');
}

/** A Latin word keeps Latin boundaries even inside Korean text ("AGI가" but not "MAGIC"). */
function wordSource(word: string, lang: PatternAst['lang']): string {
  const body = escapeWord(word, lang);
  if (lang === 'en') return body;
  const before = LATIN.test(word[0] ?? '') ? NOT_LATIN_BEFORE : '';
  const after = LATIN.test(word.slice(-1)) ? NOT_LATIN_AFTER : '';
  return `${before}${body}${after}`;
}

function atomSource(
  term: Exclude<PatternTerm, { kind: 'gap' }>,
  lang: PatternAst['lang'],
  afterSep: boolean,
): string {
  if (term.kind === 'year') return YEAR;
  if (term.kind === 'num') return NUM;
  const words = [...term.alts].sort((a, b) => b.length - a.length);
  const alts = words.map((w) => wordSource(w, lang));
  const group = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  if (lang !== 'en') return group;
  // One word-start check before the whole group: a lookbehind on every alternative
  // keeps the RegExp engine from scanning fast. After a separator the check
  // always holds (no separator is a word character), so it is left out there:
  // V8 compiles a RegExp whose source passes 20 kB without its optimisations,
  // and the cue unions were 40 kB mostly of these checks (measured: 60 µs a
  // sentence against a few). compromise reads "won't" as "will not", so
  // "not" also matches the "n't" inside a word.
  const bounded = afterSep ? group : `${NOT_WORD_BEFORE}${group}`;
  return words.includes('not') ? `(?:${bounded}|n['’]t)` : bounded;
}

/**
 * The RegExp source of a parsed pattern. English words match whole words
 * (case-insensitive, across dashes); Korean words tolerate particles after
 * them and spaces between them (규모 확장 법칙 = 규모확장법칙).
 */
export function patternToRegExpSource(ast: PatternAst): string {
  const en = ast.lang === 'en';
  const sep = en ? SEP_EN : SEP_KO;
  const gap = en
    ? String.raw`${SEP_EN}(?:[^\s.!?]+${SEP_EN}){0,4}?`
    : String.raw`[^.!?。\n]{0,24}?`;
  let out = '';
  let needSep = false;
  // The English gap ends in a separator too.
  let afterGap = false;
  for (const term of ast.terms) {
    if (term.kind === 'gap') {
      out += gap;
      needSep = false;
      afterGap = true;
      continue;
    }
    const atom = atomSource(term, ast.lang, needSep || afterGap);
    afterGap = false;
    if (!needSep && out === '' && term.optional) {
      // A leading optional term carries its separator after it.
      out += `(?:${atom}${sep})?`;
      continue;
    }
    const piece = `${needSep ? sep : ''}${atom}`;
    out += term.optional ? `(?:${piece})?` : piece;
    needSep = true;
  }
  return en ? `${out}${NOT_WORD_AFTER}` : out;
}

/**
 * One alternation of pattern sources, as `(?:s1)|(?:s2)|…` would match.
 * English patterns begin and end with the same word-boundary checks; a run
 * of them shares one pair, which halves the source and lets V8 optimise it.
 * No match changes: a zero-width check at the start of every alternative
 * may stand once before them, and a check after each may stand once after.
 */
export function factorBoundaries(sources: readonly string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(`${NOT_WORD_BEFORE}(?:${run.join('|')})${NOT_WORD_AFTER}`);
    run = [];
  };
  for (const source of sources) {
    const bounded =
      source.length > NOT_WORD_BEFORE.length + NOT_WORD_AFTER.length &&
      source.startsWith(NOT_WORD_BEFORE) &&
      source.endsWith(NOT_WORD_AFTER);
    if (bounded) {
      run.push(source.slice(NOT_WORD_BEFORE.length, source.length - NOT_WORD_AFTER.length));
    } else {
      flush();
      out.push(`(?:${source})`);
    }
  }
  flush();
  return out.join('|');
}
