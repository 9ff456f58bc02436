import type { BlockBuilder } from './block-builder';
import { decodeEntity } from './decode-entity';
import type { JoinedLines } from './joined-lines';

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;

/** How to read a paragraph's inline syntax. */
export interface InlineOptions {
  /** A table row: "|" separates cells, which the matcher should read apart. */
  cells?: boolean;
}

/**
 * The closing "]" and ")" of every bracket in the text, found in one pass
 * with a stack (escaped brackets do not count), so text full of stray
 * brackets stays linear.
 */
function matchBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: Record<string, number[]> = { '[': [], '(': [] };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[' || c === '(') open[c]?.push(i);
    else if (c === ']' || c === ')') {
      const opener = open[c === ']' ? '[' : '(']?.pop();
      if (opener !== undefined) pairs.set(opener, i);
    }
  }
  return pairs;
}

/** A link or image at `at` ("[" there): its text range and where it ends; undefined when it is none. */
function readLink(text: string, at: number, to: number, pairs: ReadonlyMap<number, number>) {
  const close = pairs.get(at) ?? -1;
  if (close === -1 || close >= to) return undefined;
  const after = text[close + 1];
  const end = after === '(' || after === '[' ? (pairs.get(close + 1) ?? -1) : -1;
  if (end === -1 || end >= to) {
    // [^1] is a footnote reference: no prose in it.
    return text[at + 1] === '^' ? { textFrom: close, textTo: close, end: close + 1 } : undefined;
  }
  return { textFrom: at + 1, textTo: close, end: end + 1 };
}

/**
 * Where the code span opened by `n` backticks at `at` ends, or -1. Lengths
 * with no closer left are remembered in `unclosed`, so text full of stray
 * backticks stays linear.
 */
function codeSpanEnd(
  text: string,
  at: number,
  n: number,
  to: number,
  unclosed: Set<number>,
): number {
  if (unclosed.has(n)) return -1;
  const fence = '`'.repeat(n);
  let close = text.indexOf(fence, at + n);
  while (close !== -1 && close < to && text[close + n] === '`') {
    let skip = close;
    while (text[skip] === '`') skip += 1;
    close = text.indexOf(fence, skip);
  }
  if (close !== -1 && close < to) return close + n;
  unclosed.add(n);
  return -1;
}

function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
}

/** Length of the emphasis delimiter run at `at`, or 0 when the run is literal text. */
function delimiterRun(text: string, at: number, from: number, to: number): number {
  const c = text[at];
  let end = at;
  while (end < to && text[end] === c) end += 1;
  const before = (at > from ? text[at - 1] : undefined) ?? ' ';
  const after = (end < to ? text[end] : undefined) ?? ' ';
  if (SPACE.test(before) && SPACE.test(after)) return 0; // "2 * 3"
  if (c === '_' && WORD.test(before) && WORD.test(after)) return 0; // snake_case
  if (c === '~' && end - at > 2) return 0;
  return end - at;
}

/**
 * Writes the prose of text[from, to) to the builder: code spans, images,
 * link destinations, autolinks, HTML tags and comments are dropped;
 * emphasis and strikethrough markers are dropped, their words kept; link
 * text is kept; escapes and entities are decoded.
 */
export function renderInline(
  joined: JoinedLines,
  builder: BlockBuilder,
  from: number,
  to: number,
  options: InlineOptions = {},
  pairs: ReadonlyMap<number, number> = matchBrackets(joined.text),
): void {
  const { text } = joined;
  let kept = from;
  const unclosed = new Set<number>();
  const drop = (start: number, end: number) => {
    if (start > kept) joined.keep(builder, kept, start);
    kept = end;
  };
  let i = from;
  while (i < to) {
    const c = text[i] ?? '';
    const escaped = text[i + 1] ?? '';
    if (c === '\\' && i + 1 < to && PUNCTUATION.test(escaped)) {
      drop(i, i + 2);
      joined.substitute(builder, escaped, i, i + 2);
      i += 2;
    } else if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n += 1;
      const end = codeSpanEnd(text, i, n, to, unclosed);
      if (end === -1) i += n;
      else {
        drop(i, end);
        i = end;
      }
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const image = c === '!';
      const link = readLink(text, image ? i + 1 : i, to, pairs);
      if (!link) i += 1;
      else {
        drop(i, link.end);
        if (!image) renderInline(joined, builder, link.textFrom, link.textTo, options, pairs);
        i = link.end;
      }
    } else if (c === '<') {
      const comment = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : -2;
      const length =
        comment === -2
          ? matchAt(AUTOLINK, text, i) || matchAt(HTML_TAG, text, i)
          : (comment === -1 ? to : comment + 3) - i;
      if (length === 0) i += 1;
      else {
        drop(i, Math.min(to, i + length));
        i += length;
      }
    } else if (c === '*' || c === '_' || c === '~') {
      const n = delimiterRun(text, i, from, to);
      if (n > 0) drop(i, i + n);
      i += Math.max(n, 1);
      if (n === 0) while (text[i] === c && i < to) i += 1;
    } else if (c === '&') {
      const entity = decodeEntity(text, i);
      if (entity && i + entity.length <= to) {
        drop(i, i + entity.length);
        joined.substitute(builder, entity.text, i, i + entity.length);
        i += entity.length;
      } else i += 1;
    } else if (c === '|' && options.cells) {
      drop(i, i + 1);
      builder.lineBreak(joined.sourceOf(i), joined.sourceOf(i) + 1);
      i += 1;
    } else i += 1;
  }
  if (to > kept) joined.keep(builder, kept, to);
}
