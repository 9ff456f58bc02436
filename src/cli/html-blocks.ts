import { BlockBuilder } from './block-builder';
import { decodeEntity } from './decode-entity';
import { HTML_ELEMENTS as E } from './html-elements';
import { readTag, type Tag } from './read-tag';
import type { TextBlock } from './text-block';

interface OpenElement {
  name: string;
  /** Its text is not prose: hidden, not rendered, or code. */
  skip: boolean;
  /** A visible block: opening and closing it ends a paragraph. */
  block: boolean;
}

const LETTER = /[A-Za-z]/;
const STYLE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const NON_SPACE = /[^\t\n\f\r ]/;
const rawTextEnds = new Map<string, RegExp>();
const LIST_SCOPE = new Set(['ul', 'ol', ...E.pScope]);
const DEFINITION_SCOPE = new Set(['dl', ...E.pScope]);
const TABLE_SCOPE = new Set(['table']);
const ROW_SCOPE = new Set(['tr', 'table']);

function isHidden(tag: Tag): boolean {
  return (
    tag.attributes.has('hidden') ||
    tag.attributes.get('aria-hidden')?.trim().toLowerCase() === 'true' ||
    STYLE_HIDDEN.test(tag.attributes.get('style') ?? '')
  );
}

/** Offset just past the end tag that closes a raw-text element opened before `from`. */
function rawTextEnd(source: string, name: string, from: number): number {
  let re = rawTextEnds.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    rawTextEnds.set(name, re);
  }
  re.lastIndex = from;
  const close = re.exec(source);
  if (!close) return source.length;
  const gt = source.indexOf('>', close.index);
  return gt === -1 ? source.length : gt + 1;
}

/** The reader's state: the open elements and the paragraph being built. */
class HtmlReader {
  readonly stack: OpenElement[] = [];
  /** How many of each element are open: searches of the stack are skipped when none is, so deep nesting stays linear. */
  readonly open = new Map<string, number>();
  readonly builder = new BlockBuilder();
  skipping = 0;
  foreign = 0;
  /** A paragraph ended: the caller takes the block before going on. */
  boundary = false;

  constructor(readonly source: string) {}

  text(start: number, end: number): void {
    const { source, builder } = this;
    if (this.stack.at(-1)?.name === 'head' && NON_SPACE.test(source.slice(start, end)))
      this.popTo(this.stack.length - 1); // text ends an unclosed <head>, as in a browser
    if (this.skipping > 0) return;
    let from = start;
    for (let amp = source.indexOf('&', start); amp !== -1 && amp < end;) {
      const entity = decodeEntity(source, amp);
      if (entity) {
        if (amp > from) builder.text(source.slice(from, amp), from);
        builder.substitute(entity.text, amp, amp + entity.length);
        from = amp + entity.length;
      }
      amp = source.indexOf('&', entity ? from : amp + 1);
    }
    if (end > from) builder.text(source.slice(from, end), from);
  }

  startTag(tag: Tag, at: number): number {
    const { name } = tag;
    if (name === 'br') return this.lineBreak(at, tag.end);
    if (name === 'html' || name === 'body' || !E.headContent.has(name)) this.closeHead();
    if (name === 'html' || name === 'body') return tag.end;
    this.closeImplied(name);
    if (E.rawText.has(name)) return rawTextEnd(this.source, name, tag.end);
    const hidden = isHidden(tag);
    const block = E.block.has(name) && !hidden && this.skipping === 0;
    if (block) this.boundary = true;
    if (E.void.has(name) || (tag.selfClosing && this.foreign > 0)) return tag.end;
    const skip = hidden || E.skipped.has(name);
    this.stack.push({ name, skip, block });
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (skip) this.skipping += 1;
    if (E.foreign.has(name)) this.foreign += 1;
    return tag.end;
  }

  endTag(tag: Tag, at: number): number {
    if (tag.name === 'br') return this.lineBreak(at, tag.end);
    if (!this.open.get(tag.name)) return tag.end;
    for (let i = this.stack.length - 1; i >= 0; i -= 1)
      if (this.stack[i]?.name === tag.name) {
        this.popTo(i);
        break;
      }
    return tag.end;
  }

  lineBreak(at: number, end: number): number {
    if (this.skipping === 0) this.builder.lineBreak(at, end);
    return end;
  }

  closeHead(): void {
    if (!this.open.get('head')) return;
    const head = this.stack.findIndex((e) => e.name === 'head');
    if (head !== -1) this.popTo(head);
  }

  /** The end tags a browser implies when an element opens (an unclosed <p> or <li>). */
  closeImplied(name: string): void {
    if (E.closesP.has(name)) this.closeWithin('p', E.pScope);
    if (name === 'li') this.closeWithin('li', LIST_SCOPE);
    if (name === 'dd' || name === 'dt') {
      this.closeWithin('dd', DEFINITION_SCOPE);
      this.closeWithin('dt', DEFINITION_SCOPE);
    }
    if (name === 'tr') this.closeWithin('tr', TABLE_SCOPE);
    if (name === 'td' || name === 'th') {
      this.closeWithin('td', ROW_SCOPE);
      this.closeWithin('th', ROW_SCOPE);
    }
  }

  closeWithin(name: string, scope: ReadonlySet<string>): void {
    if (!this.open.get(name)) return;
    for (let i = this.stack.length - 1; i >= 0; i -= 1) {
      const open = this.stack[i]?.name ?? '';
      if (open === name) return this.popTo(i);
      if (scope.has(open)) return;
    }
  }

  /** Closes the element at `index` and everything opened inside it. */
  popTo(index: number): void {
    while (this.stack.length > index) {
      const closed = this.stack.pop();
      if (!closed) break;
      this.open.set(closed.name, (this.open.get(closed.name) ?? 1) - 1);
      if (closed.skip) this.skipping -= 1;
      if (E.foreign.has(closed.name)) this.foreign -= 1;
      if (closed.block) this.boundary = true;
    }
  }

  /** Reads the markup at a "<" and returns where the text goes on. */
  markup(at: number): number {
    const { source } = this;
    const next = source[at + 1] ?? '';
    if (source.startsWith('<!--', at)) {
      if (source.startsWith('>', at + 4)) return at + 5;
      if (source.startsWith('->', at + 4)) return at + 6;
      const close = source.indexOf('-->', at + 4);
      return close === -1 ? source.length : close + 3;
    }
    if (source.startsWith('<![CDATA[', at) && this.foreign > 0) {
      const close = source.indexOf(']]>', at + 9);
      const end = close === -1 ? source.length : close;
      if (this.skipping === 0) this.builder.text(source.slice(at + 9, end), at + 9);
      return close === -1 ? end : close + 3;
    }
    if (next === '!' || next === '?' || (next === '/' && !LETTER.test(source[at + 2] ?? ''))) {
      const gt = source.indexOf('>', at + 2);
      return gt === -1 ? source.length : gt + 1; // a doctype, processing instruction or bogus comment
    }
    if (LETTER.test(next) || next === '/') {
      const tag = readTag(source, at);
      if (tag.truncated) return source.length;
      return tag.closing ? this.endTag(tag, at) : this.startTag(tag, at);
    }
    this.text(at, at + 1); // a "<" that starts no markup is text
    return at + 1;
  }
}

/**
 * The paragraphs a browser would render from an HTML document, in order,
 * as text: scripts, styles, templates, the head, code and hidden elements
 * are left out, entities are decoded and whitespace is collapsed. A small
 * tokenizer, not a full parser: it follows the browser where prose is
 * concerned (unclosed <p> and <li>, comments, raw text, CDATA) and never
 * evaluates anything.
 */
export function* htmlBlocks(source: string): Generator<TextBlock> {
  const reader = new HtmlReader(source);
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const end = lt === -1 ? source.length : lt;
    if (end > i) reader.text(i, end);
    if (lt === -1) break;
    i = reader.markup(lt);
    if (reader.boundary) {
      reader.boundary = false;
      const block = reader.builder.finish();
      if (block) yield block;
    }
  }
  const last = reader.builder.finish();
  if (last) yield last;
}
