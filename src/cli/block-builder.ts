import { lastAtMost } from './last-at-most';
import type { SourceRange, TextBlock } from './text-block';

/** The whitespace CSS collapses (not U+00A0, which a browser renders as a space that stays). */
const COLLAPSIBLE = /[\t\n\f\r ]+/g;
const SINGLE_COLLAPSIBLE = /^[\t\n\f\r ]$/;

interface Pending {
  text: ' ' | '\n';
  src: number;
  srcEnd: number;
}

/**
 * Builds the rendered text of one paragraph piece by piece, collapsing
 * whitespace the way a browser does, and keeps a map from every output
 * offset back to the source. The map is a list of segments: verbatim ones
 * map offset for offset; substituted ones (an entity, a collapsed space, a
 * line break) map as a whole to the source they replace.
 */
export class BlockBuilder {
  #parts: string[] = [];
  #length = 0;
  #out: number[] = [];
  #src: number[] = [];
  #srcEnd: number[] = [];
  #verbatim: boolean[] = [];
  #pending: Pending | undefined;

  /** Appends a contiguous slice of source that starts at source offset `src`. */
  text(raw: string, src: number): void {
    COLLAPSIBLE.lastIndex = 0;
    let from = 0;
    for (let m = COLLAPSIBLE.exec(raw); m; m = COLLAPSIBLE.exec(raw)) {
      if (m.index > from) this.#word(raw.slice(from, m.index), src + from);
      this.#space(src + m.index, src + m.index + m[0].length);
      from = m.index + m[0].length;
    }
    if (raw.length > from) this.#word(raw.slice(from), src + from);
  }

  /** Appends text that replaces the source range [src, srcEnd), such as a decoded entity. */
  substitute(decoded: string, src: number, srcEnd: number): void {
    if (SINGLE_COLLAPSIBLE.test(decoded)) return this.#space(src, srcEnd);
    this.#flushPending();
    this.#segment(decoded, src, srcEnd, false);
  }

  /** A line break (<br>): ends a sentence for the matcher, but not the paragraph. */
  lineBreak(src: number, srcEnd: number): void {
    if (this.#length > 0) this.#pending = { text: '\n', src, srcEnd };
  }

  /** Returns the paragraph built so far (undefined when empty) and starts a new one. */
  finish(): TextBlock | undefined {
    const text = this.#parts.join('');
    const map: SegmentMap = {
      out: this.#out,
      src: this.#src,
      srcEnd: this.#srcEnd,
      verbatim: this.#verbatim,
    };
    this.#parts = [];
    this.#length = 0;
    this.#out = [];
    this.#src = [];
    this.#srcEnd = [];
    this.#verbatim = [];
    this.#pending = undefined;
    if (text.length === 0) return undefined;
    return { text, sourceRange: (start, end) => mapRange(map, start, end) };
  }

  #space(src: number, srcEnd: number): void {
    if (this.#length === 0) return;
    if (this.#pending) {
      this.#pending.srcEnd = srcEnd;
      return;
    }
    this.#pending = { text: ' ', src, srcEnd };
  }

  #word(chunk: string, src: number): void {
    this.#flushPending();
    const last = this.#out.length - 1;
    if (last >= 0 && this.#verbatim[last] && this.#srcEnd[last] === src) {
      this.#parts.push(chunk);
      this.#length += chunk.length;
      this.#srcEnd[last] = src + chunk.length;
      return;
    }
    this.#segment(chunk, src, src + chunk.length, true);
  }

  #flushPending(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#segment(pending.text, pending.src, pending.srcEnd, false);
  }

  #segment(text: string, src: number, srcEnd: number, verbatim: boolean): void {
    this.#out.push(this.#length);
    this.#parts.push(text);
    this.#length += text.length;
    this.#src.push(src);
    this.#srcEnd.push(srcEnd);
    this.#verbatim.push(verbatim);
  }
}

interface SegmentMap {
  /** Output offset where each segment starts. */
  out: number[];
  src: number[];
  srcEnd: number[];
  verbatim: boolean[];
}

/** Source offset of output offset `at`; `after` gives the end of the character there instead. */
function mapOffset(map: SegmentMap, at: number, after: boolean): number {
  const i = lastAtMost(map.out, at);
  const src = map.src[i] ?? 0;
  if (map.verbatim[i]) return src + (at - (map.out[i] ?? 0)) + (after ? 1 : 0);
  return after ? (map.srcEnd[i] ?? src) : src;
}

function mapRange(map: SegmentMap, start: number, end: number): SourceRange {
  const from = mapOffset(map, start, false);
  return { start: from, end: end > start ? mapOffset(map, end - 1, true) : from };
}
