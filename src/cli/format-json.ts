import type { Finding } from './finding';

/** A finding as JSON reports it, for a whole document: with line and column. */
export function jsonMatch(f: Finding) {
  return {
    myth: f.myth,
    stance: f.stance,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    text: f.text,
    confidence: f.confidence,
  };
}

/** A finding as JSON reports it in --lines mode: the line is the document, so no line or column. */
export function jsonLineMatch(f: Finding) {
  return {
    myth: f.myth,
    stance: f.stance,
    start: f.start,
    end: f.end,
    text: f.text,
    confidence: f.confidence,
  };
}
