import type { BlockBuilder } from './block-builder';
import { lastAtMost } from './last-at-most';

/** A line's content in the source: [start, end), the line break left out. */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * The lines of one Markdown paragraph joined by "\n", so inline syntax that
 * crosses a line break (a code span, a link) reads as one string, and
 * slices of it can be written to a BlockBuilder with their source offsets.
 */
export class JoinedLines {
  readonly text: string;
  readonly #lines: readonly LineSpan[];
  /** Offset in `text` where each line starts. */
  readonly #starts: number[] = [];

  constructor(source: string, lines: readonly LineSpan[]) {
    this.#lines = lines;
    let at = 0;
    for (const line of lines) {
      this.#starts.push(at);
      at += line.end - line.start + 1;
    }
    this.text = lines.map((line) => source.slice(line.start, line.end)).join('\n');
  }

  /** Source offset of an offset in `text`; the joining "\n" maps to the line's own break. */
  sourceOf(offset: number): number {
    const index = lastAtMost(this.#starts, offset);
    return (this.#lines[index]?.start ?? 0) + (offset - (this.#starts[index] ?? 0));
  }

  /** Writes text[from, to) as it stands, line by line so each piece is contiguous in the source. */
  keep(builder: BlockBuilder, from: number, to: number): void {
    let at = from;
    while (at < to) {
      const index = lastAtMost(this.#starts, at);
      const lineEnd = this.#starts[index + 1] ?? Infinity;
      const end = Math.min(to, lineEnd);
      builder.text(this.text.slice(at, end), this.sourceOf(at));
      at = end;
    }
  }

  /** Writes `decoded` in place of text[from, to) (an escape or an entity). */
  substitute(builder: BlockBuilder, decoded: string, from: number, to: number): void {
    builder.substitute(decoded, this.sourceOf(from), this.sourceOf(to - 1) + 1);
  }
}
