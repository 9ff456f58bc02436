import nlp from 'compromise/one';
import type { PatternAst, PatternTerm } from '../../src/core/match/pattern-ast';
import { parsePattern, PatternError } from '../../src/core/match/parse-pattern';
import type { MatcherSource } from '../../src/core/match/compiled-matcher';

const PLAIN = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
const YEAR = '/^(19|20)[0-9]{2}s?$/';
const NUM = '/^[0-9][0-9.,]*$/';
/**
 * How many terms compromise may see where the RegExp counts one word: it
 * reads "you've" as two terms ("you have"), so a gap of four words can hold
 * eight terms.
 */
const TERMS_PER_WORD = 2;
/** The most alternatives a gap may unfold into (each is tried at every word of a candidate). */
const MAX_CHOICES = 400;

type WordsTerm = Extract<PatternTerm, { kind: 'words' }>;

/**
 * A word as the terms compromise may read it: hyphens split it, and some
 * words are read as several terms, depending on case ("10x" is "10 x" but
 * "10X" one term; "imo" is "in my opinion"); such terms match by their
 * machine form, so both readings are kept.
 */
function readingsOf(word: string): string[] {
  const spaced = word.replace(/-/g, ' ');
  if (!PLAIN.test(spaced))
    throw new PatternError(
      `"${word}": highlighted phrases take single words of letters and digits and hyphens (no punctuation)`,
    );
  if (!/\d|^imo$/.test(spaced)) return [spaced];
  const split = spaced
    .split(' ')
    .flatMap((part) => {
      const doc = nlp(part) as unknown as {
        json: () => Array<{ terms: Array<{ normal: string; machine?: string }> }>;
      };
      return (doc.json()[0]?.terms ?? []).map((t) => t.machine ?? t.normal);
    })
    .join(' ');
  // The split reading first: compromise takes the first alternative that fits, and "10x" also fits the first term of "10 x".
  return split === spaced ? [spaced] : [split, spaced];
}

const alternatives = (term: WordsTerm): string[] => [...new Set(term.alts.flatMap(readingsOf))];
const multiWord = (term: PatternTerm): boolean =>
  term.kind === 'words' && alternatives(term).some((alt) => alt.includes(' '));

/** One term on its own: a group whenever compromise must treat the alternatives as a whole. */
function termSource(term: Exclude<PatternTerm, { kind: 'gap' }>): string {
  const suffix = term.optional ? '?' : '';
  if (term.kind === 'year') return `${YEAR}${suffix}`;
  if (term.kind === 'num') return `${NUM}${suffix}`;
  const alts = alternatives(term);
  // "(going to)?" must stay a group: "going to?" would make only "to" optional.
  const grouped = alts.length > 1 || (term.optional && multiWord(term));
  return `${grouped ? `(${alts.join('|')})` : (alts[0] ?? '')}${suffix}`;
}

/**
 * The word sequences a run of terms can take (optional ones present or
 * absent), each preceded by 0 to `gap` any-word terms: what the RegExp
 * reads as "up to four words, then these". compromise cannot do this with
 * its own gap, which stops at the first word the next term matches and
 * cannot look for a multi-word alternative or skip an optional term.
 */
function unfoldGap(gap: number, run: readonly WordsTerm[]): string {
  let tails = [''];
  for (const term of run) {
    const alts = alternatives(term);
    tails = tails.flatMap((tail) => [
      ...alts.map((alt) => `${tail} ${alt}`),
      ...(term.optional ? [tail] : []),
    ]);
  }
  const choices: string[] = [];
  for (let k = 0; k <= gap; k += 1) {
    const dots = Array<string>(k).fill('.').join(' ');
    for (const tail of tails) choices.push(`${dots}${tail}`.trim());
  }
  if (choices.length > MAX_CHOICES)
    throw new PatternError(
      `"*" followed by ${run.length} terms unfolds into ${choices.length} alternatives (at most ${MAX_CHOICES}): use fewer alternatives after *`,
    );
  return `(${choices.join('|')})`;
}

/**
 * The terms after a gap that compromise's gap cannot find by itself: the
 * optional ones and the first required one, when any of them is optional
 * or has a multi-word alternative. Empty when the gap can stay a gap.
 */
function runAfterGap(terms: readonly PatternTerm[], from: number): WordsTerm[] {
  const end = terms.findIndex((t, i) => i >= from && (t.kind === 'gap' || !t.optional));
  const run = terms.slice(from, end < 0 ? terms.length : end + 1);
  const awkward = run.some((t) => (t.kind !== 'gap' && t.optional) || multiWord(t));
  if (!awkward) return [];
  if (run.some((t) => t.kind !== 'words'))
    throw new PatternError(
      '"*" before an optional term or a multi-word alternative must be followed by words, not #year, #num or another *',
    );
  return run as WordsTerm[];
}

/**
 * The compromise match string of an English pattern (compromise splits on
 * hyphens, as we do). It accepts at least what the pattern's RegExp
 * accepts, so the bench's naive baseline (compromise over every word, as
 * the matcher once confirmed its finds) does the matcher's job.
 */
export function patternToCompromise(ast: PatternAst): string {
  const out: string[] = [];
  for (let i = 0; i < ast.terms.length; i += 1) {
    const term = ast.terms[i] as PatternTerm;
    if (term.kind !== 'gap') {
      out.push(termSource(term));
      continue;
    }
    const gap = term.max * TERMS_PER_WORD;
    const run = runAfterGap(ast.terms, i + 1);
    if (run.length === 0) {
      out.push(`.{0,${gap}}`);
      continue;
    }
    out.push(unfoldGap(gap, run));
    i += run.length;
  }
  return out.join(' ');
}

/**
 * One compromise net over the English triggers of the packs: the naive
 * baseline of the bench (compromise reading every word of the text). A
 * trigger compromise cannot express is left out, which only flatters the
 * baseline.
 */
export function compromiseNet(packs: readonly MatcherSource[]): unknown {
  const matches = packs.flatMap((pack) =>
    pack.myths.flatMap((myth) =>
      (myth.patterns.en ?? []).flatMap((trigger) => {
        try {
          return [{ match: patternToCompromise(parsePattern(trigger.match, 'en')) }];
        } catch (error) {
          if (error instanceof PatternError) return [];
          throw error;
        }
      }),
    ),
  );
  return nlp.buildNet(matches);
}
