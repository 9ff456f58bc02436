/** A half-open [start, end) range of UTF-16 offsets into the source as read. */
export interface SourceRange {
  start: number;
  end: number;
}

/**
 * One paragraph of rendered text, handed to the matcher on its own, with
 * the way back to the source so findings can point at the file's own line
 * and column even after tags, entities and markers were taken out.
 */
export interface TextBlock {
  readonly text: string;
  /** The source range that the [start, end) range of `text` was rendered from. */
  sourceRange(start: number, end: number): SourceRange;
}

/** A block whose text is the source itself from `offset` on (plain text, one line). */
export function verbatimBlock(text: string, offset: number): TextBlock {
  return { text, sourceRange: (start, end) => ({ start: offset + start, end: offset + end }) };
}
