import { lastAtMost } from './last-at-most';

/** A 1-based line and column; the column counts UTF-16 code units, as editors and ESLint do. */
export interface Position {
  line: number;
  column: number;
}

/** Turns offsets into lines and columns; the line starts are found once, on first use. */
export class LineIndex {
  #starts: number[] | undefined;

  constructor(readonly source: string) {}

  position(offset: number): Position {
    const starts = (this.#starts ??= lineStarts(this.source));
    const line = lastAtMost(starts, offset);
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', nl + 1))
    starts.push(nl + 1);
  return starts;
}
