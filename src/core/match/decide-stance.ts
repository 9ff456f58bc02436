import type { Lang, Stance } from '../packs/pack-schema';
import type { StanceRegExps } from './compiled-matcher';
import type { CueRegExp } from './cue-regexp';
import type { Span } from './split-sentences';

/** What ends a clause: punctuation, and the conjunctions that start a new one. */
const CLAUSE_BREAK =
  /[,;:—–()]|\s(?:but|yet|while|whereas|although|though|because|since|so|and|which|who|that)\s|(?:지만|는데|으나|면서|므로)\s/giu;
/** How near the phrase a negation must stand (characters before / after it, in its clause). */
const NEGATION_BEFORE = 48;
const NEGATION_AFTER = 24;

function blankOut(text: string, cues: CueRegExp | undefined): string {
  return cues ? cues.blank(text) : text;
}

/** The clause around a span: from the last break before it to the first break after it. */
function clauseOf(sentence: string, span: Span): Span {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= span.start) start = m.index + m[0].length;
    else if (m.index >= span.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** A negation rejects only near the phrase, inside the phrase's own clause. */
function negatedNear(
  text: string,
  span: Span,
  clause: Span,
  negate: CueRegExp | undefined,
): boolean {
  if (!negate) return false;
  const from = Math.max(clause.start, span.start - NEGATION_BEFORE);
  const to = Math.min(clause.end, span.end + NEGATION_AFTER);
  return negate.some(text, (start, end) => start >= from && end <= to);
}

/** Attribution counts unless it only follows the phrase inside the phrase's own clause ("sooner than anyone expects"). */
function attributed(
  text: string,
  span: Span,
  clause: Span,
  report: CueRegExp | undefined,
): boolean {
  if (!report) return false;
  return report.some(text, (start) => start < span.start || start >= clause.end);
}

const OPEN_QUOTES = /["“‘「『]/u;
const CLOSE_QUOTES = /["”’」』]/u;

/** Is the phrase inside quotation marks? Quoting a claim relays it. */
function quoted(sentence: string, span: Span): boolean {
  const before = sentence.slice(Math.max(0, span.start - 40), span.start);
  const after = sentence.slice(span.end, span.end + 60);
  const open = Math.max(before.lastIndexOf('"'), before.search(/[“‘「『][^”’」』]*$/u));
  if (open < 0 || !OPEN_QUOTES.test(before.slice(open))) return false;
  return CLOSE_QUOTES.test(after);
}

/**
 * The stance of a sentence towards the myth whose phrase is at `span`:
 * reject when it argues against the claim (a rejecting word anywhere, or,
 * in English, a negation near the phrase in its clause), report when it
 * relays or questions someone's claim, assert otherwise. Phrases that look
 * negative but push the claim ("no sign of slowing") are blanked out
 * first, and so is the phrase itself ("예상하지 못한 능력" holds a negation
 * that is part of the claim). Korean is verb-final: attribution and
 * negation follow the phrase, so they count anywhere in the sentence.
 */
export function decideStance(
  sentence: string,
  span: Span,
  cues: StanceRegExps | undefined,
  lang: Lang = 'en',
  inverse = false,
  retort = '',
): Stance {
  const withoutPhrase = `${sentence.slice(0, span.start)}${' '.repeat(span.end - span.start)}${sentence.slice(span.end)}`;
  const text = blankOut(withoutPhrase, cues?.assert);
  const clause = clauseOf(text, span);
  const question =
    /[?？]["'”’)]*\s*$/u.test(sentence) || (lang === 'ko' && QUESTION_KO.test(sentence));
  const negated = lang === 'en' && negatedNear(text, span, clause, cues?.negate);
  // A question relays the claim even when it names the doubt ("…, or are we hitting diminishing returns?").
  const rejectScope = question && lang === 'en' ? text.slice(clause.start, clause.end) : text;
  const dismissed =
    negated ||
    Boolean(cues?.reject?.test(rejectScope)) ||
    Boolean(retort && cues?.reject?.test(retort));
  const reported =
    lang === 'ko'
      ? Boolean(cues?.report?.test(text))
      : attributed(text, span, clause, cues?.report);
  if (inverse) {
    // "There is no data wall" pushes the myth; "we are hitting the data wall" argues against it.
    if (question) return 'report';
    // Denying the obstacle ("will not slow", blanked above as pushing the myth) dismisses it too.
    const denied = cues?.dismiss?.test(text) || cues?.assert?.test(sentence);
    if (!dismissed && !denied) return 'reject';
    return reported ? 'report' : 'assert';
  }
  if (dismissed) return 'reject';
  if (question || reported || quoted(sentence, span)) return 'report';
  return 'assert';
}

/** Korean questions without a question mark: headline endings such as "…할까" or "…일까". */
const QUESTION_KO = /(?:까|까요|나요|는가|을지|ㄹ지)\s*$/u;
