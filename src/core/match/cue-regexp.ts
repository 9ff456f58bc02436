import { factorBoundaries } from './pattern-to-regexp';
import type { Span } from './split-sentences';

/**
 * The longest source one part may have. V8 compiles a RegExp whose source
 * passes 20 kB without its optimisations (kRegExpTooLargeToOptimize), and
 * the big cue unions then cost 40 to 60 µs a sentence instead of 2 to 4
 * (measured on the corpus sentences): a bigger union is split in parts.
 */
const MAX_SOURCE = 16_000;

/**
 * Compiled parts by flags and source. The same list part (the pack's report
 * cues, merged into each myth's) is compiled once, which is most of a cold
 * page's first stance reading. Each use sets `lastIndex` before it runs.
 */
const shared = new Map<string, RegExp>();
/** Past this many parts the map starts afresh (parts in use stay with their CueRegExps). */
const SHARED_MAX = 4000;

function sharedPart(union: string, flags: string): RegExp {
  const key = `${flags}/${union}`;
  let part = shared.get(key);
  if (!part) {
    if (shared.size >= SHARED_MAX) shared.clear();
    shared.set(key, (part = new RegExp(union, `g${flags}`)));
  }
  return part;
}

/**
 * A cue list compiled for matching: the union of its patterns, split into
 * parts small enough for V8 to optimise. It answers exactly as the one
 * RegExp `(?:p1)|(?:p2)|…` (case-insensitive, no `u`) would: `test` asks
 * each part, and the global scans merge the parts' matches the way the
 * union's ordered alternation picks them (leftmost first; at the same place
 * the earlier pattern wins).
 */
export class CueRegExp {
  /** One global RegExp per part, shared with every CueRegExp that has the same part. */
  private parts: readonly RegExp[] = [];
  /** The parts' sources after factoring, and their flags: what `fromUnions` takes back. */
  unions: readonly string[] = [];
  flags = '';

  /**
   * `sources` are pattern RegExp sources, in the list's order; `flags`
   * excludes `g`; `breaks` are the indices of `sources` where a new part
   * must begin (where a myth's own cues follow the pack's, so the pack's
   * part is the same for every myth and compiled once); `maxSource` is
   * there for tests that want many parts.
   */
  constructor(
    sources: readonly string[],
    flags: string,
    maxSource = MAX_SOURCE,
    breaks: readonly number[] = [],
  ) {
    const chunks: string[][] = [[]];
    let size = 0;
    sources.forEach((source, i) => {
      const last = chunks[chunks.length - 1] ?? [];
      if (last.length > 0 && (size + source.length > maxSource || breaks.includes(i))) {
        chunks.push([source]);
        size = source.length;
      } else {
        last.push(source);
        size += source.length + 1;
      }
    });
    // Sources are measured before factoring: factoring only shortens them.
    this.load(
      chunks.map((chunk) => factorBoundaries(chunk)),
      flags,
    );
  }

  /**
   * A CueRegExp from the `unions` and `flags` of another: no pattern is
   * parsed again (the content script gets the matcher compiled by the
   * background this way).
   */
  static fromUnions(unions: readonly string[], flags: string): CueRegExp {
    const cue = new CueRegExp([], flags);
    cue.load(unions, flags);
    return cue;
  }

  private load(unions: readonly string[], flags: string): void {
    this.unions = unions;
    this.flags = flags;
    this.parts = unions.map((union) => sharedPart(union, flags));
  }

  /** Does the text hold a match? */
  test(text: string): boolean {
    for (const part of this.parts) {
      part.lastIndex = 0;
      if (part.test(text)) return true;
    }
    return false;
  }

  /**
   * Visits the matches a global scan of the union finds, in order, until
   * `visit` returns true; says whether it did.
   */
  some(text: string, visit: (start: number, end: number) => boolean): boolean {
    const globals = this.parts;
    if (globals.length === 1) {
      const only = globals[0] as RegExp;
      // Where to look next is kept here, not in the shared RegExp: `visit` may use it meanwhile.
      for (let from = 0; ;) {
        only.lastIndex = from;
        const m = only.exec(text);
        if (!m) return false;
        const end = m.index + m[0].length;
        if (visit(m.index, end)) return true;
        from = end > m.index ? end : m.index + 1;
      }
    }
    // The next match of each part at or after `from`; undefined when not looked for yet.
    const next: Array<RegExpExecArray | null | undefined> = globals.map(() => undefined);
    let from = 0;
    for (;;) {
      let best = -1;
      let bestIndex = Infinity;
      for (let i = 0; i < globals.length; i += 1) {
        let m = next[i];
        if (m === undefined || (m !== null && m.index < from)) {
          const g = globals[i] as RegExp;
          g.lastIndex = from;
          m = g.exec(text);
          next[i] = m;
        }
        // Strictly earlier only: at the same place the earlier part's pattern comes first.
        if (m && m.index < bestIndex) {
          best = i;
          bestIndex = m.index;
        }
      }
      const m = next[best];
      if (!m) return false;
      const end = m.index + m[0].length;
      if (visit(m.index, end)) return true;
      from = end > m.index ? end : m.index + 1;
    }
  }

  /** The spans of every match of a global scan. */
  spans(text: string): Span[] {
    const out: Span[] = [];
    this.some(text, (start, end) => {
      out.push({ start, end });
      return false;
    });
    return out;
  }

  /** The text with every match replaced by as many spaces. */
  blank(text: string): string {
    let out = '';
    let at = 0;
    this.some(text, (start, end) => {
      out += text.slice(at, start) + ' '.repeat(end - start);
      at = end;
      return false;
    });
    return at === 0 ? text : out + text.slice(at);
  }
}
