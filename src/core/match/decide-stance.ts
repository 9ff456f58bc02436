import type { Lang, Stance } from '../packs/pack-schema';
import type { StanceRegExps } from './compiled-matcher';
import type { CueRegExp } from './cue-regexp';
import type { Span } from './split-sentences';

/**
 * The stance cues of one myth in one language: the pack's and the myth's
 * lists merged, and the myth's own reject cues apart (`mythReject`). These
 * name facts against the myth itself (for the data supply: price,
 * copyright, "far fewer tokens"), so a sentence that states its obstacle
 * and adds one of them still argues against the myth; the pack's general
 * rejections ("myth", "overblown", Korean negations) may instead dismiss
 * the obstacle.
 */
export type MythStanceCues = StanceRegExps;

/**
 * The longest next sentence still read as a retort to the claim before it,
 * per language (characters). Measured on the dev sets: English retorts
 * ("Almost certainly not.", "Size is overrated.") fit in 24, and longer
 * next sentences are more often new claims ("Every time someone says it's
 * hit a wall, the next training run proves them wrong."); Korean retorts
 * run to 28 ("글쎄, 그건 투자자들이 듣고 싶은 이야기일 뿐이다.",
 * "아직 글자 수도 제대로 못 세는 챗봇을 보면 글쎄다."), and no limit
 * between 30 and 200 changed a finding.
 */
export const RETORT_LIMITS: Readonly<Record<Lang, number>> = { en: 24, ko: 32 };

/**
 * A Korean echo question: a claim restated with "…다고?", "…라고?",
 * "…냐고?" or "…다고요?" asks it back in disbelief ("학습 데이터가
 * 무한하다고?"). The group holds what stays of the ending in the statement.
 */
const ECHO_KO = /([다라냐])고(?:요)?\s*[!！]*[?？][?？!！]*["'”’)]*\s*$/u;

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
 * Does a retort reject the claim? Its assert cues are blanked first:
 * "그럴 리 없다" or "no doubt" hold a rejecting word but push the claim.
 */
function retortRejects(retort: string, lang: Lang, cues: MythStanceCues | undefined): boolean {
  if (!retort || retort.length > RETORT_LIMITS[lang] || !cues?.reject) return false;
  return cues.reject.test(blankOut(retort, cues.assert));
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
 * `next` is the sentence after it: when short (RETORT_LIMITS) it is read
 * as a retort ("AGI by 2027. Not a chance.").
 */
export function decideStance(
  sentence: string,
  span: Span,
  cues: MythStanceCues | undefined,
  lang: Lang = 'en',
  inverse = false,
  next = '',
): Stance {
  const retorted = retortRejects(next, lang, cues);
  const echo = lang === 'ko' ? ECHO_KO.exec(sentence) : null;
  if (echo) {
    // Asked back in disbelief, the claim is turned over: what the statement would push, the echo
    // rejects. A retort after it only spells out the disbelief ("…무한하다고? 저작권 소송 …").
    const end = echo.index + (echo[1] ?? '').length;
    const statement = `${sentence.slice(0, end)}.`.padEnd(sentence.length);
    return stanceOf(statement, span, cues, lang, inverse, false) === 'reject' ? 'assert' : 'reject';
  }
  return stanceOf(sentence, span, cues, lang, inverse, retorted);
}

/** The stance of the sentence alone, or answered by a rejecting retort, as decideStance describes it. */
function stanceOf(
  sentence: string,
  span: Span,
  cues: MythStanceCues | undefined,
  lang: Lang,
  inverse: boolean,
  retorted: boolean,
): Stance {
  const withoutPhrase = `${sentence.slice(0, span.start)}${' '.repeat(span.end - span.start)}${sentence.slice(span.end)}`;
  const text = blankOut(withoutPhrase, cues?.assert);
  const clause = clauseOf(text, span);
  const question =
    /[?？]["'”’)]*\s*$/u.test(sentence) || (lang === 'ko' && QUESTION_KO.test(sentence));
  const negated = lang === 'en' && negatedNear(text, span, clause, cues?.negate);
  // A question relays the claim even when it names the doubt ("…, or are we hitting diminishing returns?").
  const rejectScope = question && lang === 'en' ? text.slice(clause.start, clause.end) : text;
  const dismissed = negated || Boolean(cues?.reject?.test(rejectScope));
  const reported =
    lang === 'ko'
      ? Boolean(cues?.report?.test(text))
      : attributed(text, span, clause, cues?.report);
  if (inverse) {
    // "There is no data wall" pushes the myth; "we are hitting the data wall" argues against it.
    // Denying the obstacle ("will not slow", blanked above as pushing the myth) dismisses it too,
    // but a fact against the myth itself ("…, but data prices are soaring") confirms the obstacle.
    const denied = cues?.dismiss?.test(text) || cues?.assert?.test(sentence);
    const pushes = denied || (dismissed && !cues?.mythReject?.test(text));
    // A retort answers what the sentence says: the obstacle ("Data runs out? Nonsense.") or its denial.
    if (retorted) return pushes ? 'reject' : 'assert';
    if (question) return 'report';
    if (!pushes) return 'reject';
    return reported ? 'report' : 'assert';
  }
  if (dismissed || retorted) return 'reject';
  if (question || reported || quoted(sentence, span)) return 'report';
  return 'assert';
}

/** Korean questions without a question mark: headline endings such as "…할까" or "…일까". */
const QUESTION_KO = /(?:까|까요|나요|는가|을지|ㄹ지)\s*$/u;
