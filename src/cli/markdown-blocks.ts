import { BlockBuilder } from './block-builder';
import { JoinedLines, type LineSpan } from './joined-lines';
import { renderInline, type InlineOptions } from './markdown-inline';
import type { TextBlock } from './text-block';

const FRONT_MATTER =
  /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/;
/** Block quote markers, nested ones included. */
const QUOTES = /^(?: {0,3}> ?)*/;
const BLANK = /^[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const INDENTED_CODE = /^(?: {4}| {0,3}\t)/;
const HTML_COMMENT = /^ {0,3}<!--/;
const HTML_RAW = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /(?:^|[ \t]+)#+[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const LEADING = /^[ \t]*/;

/** Where an open fence or raw HTML block ends. */
type Until = { kind: 'fence'; marker: string } | { kind: 'html'; end: string };

/** Reads a Markdown document line by line and turns its prose into paragraphs. */
class MarkdownReader {
  paragraph: LineSpan[] = [];
  until: Until | undefined;
  inList = false;
  inTable = false;
  /** The previous line was blank: a list ends at the next unindented line. */
  blank = false;
  done: TextBlock[] = [];

  constructor(readonly source: string) {}

  /** Ends the open paragraph, rendering its inline syntax. */
  flush(options: InlineOptions = {}): void {
    if (this.paragraph.length === 0) return;
    const joined = new JoinedLines(this.source, this.paragraph);
    const builder = new BlockBuilder();
    renderInline(joined, builder, 0, joined.text.length, options);
    const block = builder.finish();
    if (block) this.done.push(block);
    this.paragraph = [];
  }

  /** A block of one line (a heading, a table row). */
  single(start: number, end: number, options: InlineOptions = {}): void {
    this.flush();
    this.paragraph.push({ start, end });
    this.flush(options);
  }

  /** True while inside a fence or raw HTML block; ends it on its closing line. */
  skipping(line: string): boolean {
    const until = this.until;
    if (!until) return false;
    if (until.kind === 'fence') {
      const rest = line.replace(QUOTES, '').trim();
      if (rest.startsWith(until.marker) && /^(`+|~+)$/.test(rest) && rest[0] === until.marker[0])
        this.until = undefined;
    } else if (line.toLowerCase().includes(until.end)) this.until = undefined;
    return true;
  }

  line(start: number, end: number): void {
    const { source } = this;
    const raw = source.slice(start, end);
    if (this.skipping(raw)) return;
    const at = start + (QUOTES.exec(raw)?.[0].length ?? 0);
    const line = source.slice(at, end);
    if (BLANK.test(line)) {
      this.flush();
      this.inTable = false;
      this.blank = true;
      return;
    }
    const wasBlank = this.blank;
    this.blank = false;
    this.block(line, at, end, wasBlank);
  }

  block(line: string, at: number, end: number, afterBlank: boolean): void {
    const open = this.paragraph.length > 0;
    if (!open && !this.inList && INDENTED_CODE.test(line)) return;
    const marker = FENCE.exec(line)?.[1] ?? '';
    // A backtick fence's info string has no backtick: "```a` b```" is inline code.
    if (
      marker &&
      !(marker.startsWith('`') && line.slice(line.indexOf(marker) + marker.length).includes('`'))
    ) {
      this.flush();
      this.until = { kind: 'fence', marker };
      return;
    }
    if (HTML_COMMENT.test(line) || HTML_RAW.test(line)) {
      this.flush();
      const name = HTML_RAW.exec(line)?.[1]?.toLowerCase();
      const endMark = name ? `</${name}>` : '-->';
      const from = name ? 0 : line.indexOf('<!--') + 4;
      if (!line.toLowerCase().includes(endMark, from)) this.until = { kind: 'html', end: endMark };
      return;
    }
    if (!open && DEFINITION.test(line)) return;
    const heading = HEADING.exec(line);
    if (heading) {
      const close = HEADING_CLOSE.exec(line.slice(heading[0].length));
      const contentEnd = close ? end - close[0].length : end;
      return this.single(at + heading[0].length, Math.max(at + heading[0].length, contentEnd));
    }
    if (open && SETEXT.test(line)) return this.flush();
    if (THEMATIC.test(line)) return this.flush();
    if (line.includes('|') && TABLE_DELIMITER.test(line)) {
      this.flush({ cells: true }); // the header row
      this.inTable = true;
      return;
    }
    if (this.inTable) return this.single(at, end, { cells: true });
    const item = LIST_ITEM.exec(line);
    if (item) {
      this.flush();
      this.inList = true;
      this.paragraph.push({ start: at + item[0].length, end });
      return;
    }
    if (afterBlank && !LEADING.exec(line)?.[0]) this.inList = false;
    this.paragraph.push({ start: at + (LEADING.exec(line)?.[0].length ?? 0), end });
  }
}

/**
 * The prose of a Markdown document, paragraph by paragraph: fenced and
 * indented code, inline code, front matter, HTML comments and raw HTML
 * blocks, images, link destinations and reference definitions are left
 * out; heading, list, quote, emphasis and table markers are removed and
 * the words kept. Headings, list items and table rows are paragraphs of
 * their own. A line reader, not a full CommonMark parser: it errs on the
 * side of leaving code out.
 */
export function* markdownBlocks(source: string): Generator<TextBlock> {
  const reader = new MarkdownReader(source);
  let start = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const next = newline === -1 ? source.length : newline + 1;
    const end =
      newline > 0 && source[newline - 1] === '\r'
        ? newline - 1
        : newline === -1
          ? source.length
          : newline;
    reader.line(start, end);
    yield* reader.done;
    reader.done = [];
    start = next;
  }
  reader.flush();
  yield* reader.done;
}
