import { isSpace } from './is-space';

/** A half-open [start, end) range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

// No `u`: every character here is a single UTF-16 unit, so it finds the same, faster.
const BOUNDARY = /[.!?。！？…]+["'”’)\]]*(?=\s|$)|\n/g;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs etc e.g i.e u.s u.k inc ltd co corp no fig al approx dept est jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** Longest piece handed on at once: bounds the work per sentence on text with no breaks. */
export const MAX_SENTENCE = 800;

/** A letter or a dot, as `/[\p{L}.]/u` tells one UTF-16 unit; ASCII without a RegExp. */
function letterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}.]/u.test(text[i] ?? '');
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && letterOrDot(text, i - 1)) i -= 1;
  const word = text.slice(i, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(i, dot));
}

/** Cuts an over-long range at whitespace into pieces of at most MAX_SENTENCE. */
function chop(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE);
    const cut = space > from + MAX_SENTENCE / 2 ? space + 1 : from + MAX_SENTENCE;
    out.push({ start: from, end: cut });
    from = cut;
  }
  if (end > from) out.push({ start: from, end });
}

/**
 * Splits text into sentence ranges, in one pass. Abbreviations and initials
 * do not end a sentence; a line break does. Leading and trailing spaces are
 * left out of each range.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (isAbbreviation(text, m.index)) continue;
    pushTrimmed(text, start, m.index + m[0].length, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) chop(text, s, e, out);
}
