import type { CompiledMatcher } from '../core/match/compiled-matcher';
import { detectLang } from '../core/match/detect-lang';
import { findHype } from '../core/match/find-hype';
import type { HypeMatch } from '../core/match/hype-match';
import { splitSentences, type Span } from '../core/match/split-sentences';
import type { Lang } from '../core/packs/pack-schema';
import type { Finding } from './finding';
import { LineIndex } from './line-index';
import type { TextBlock } from './text-block';

/** How to scan. */
export interface ScanOptions {
  lang: Lang | 'auto';
  /** Include the findings whose sentence rejects the myth. */
  all: boolean;
  /** Called after each block with the share of the source done, 0 to 1. */
  onProgress?: (done: number) => void;
}

const CONTEXT = 40;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Up to CONTEXT characters of `text` before or after the phrase, cut at a space and never inside a surrogate pair. */
function around(text: string, from: number, to: number, side: 'before' | 'after'): string {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start += 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  let slice = text.slice(start, end);
  const cutStart = side === 'before' && start > 0;
  const cutEnd = side === 'after' && end < text.length;
  if (cutStart) slice = slice.replace(/^\S*\s(?=\S)/, '');
  if (cutEnd) slice = slice.replace(/(?<=\S)\s\S*$/, '');
  slice = slice.replace(/\s+/g, ' ');
  return `${cutStart ? '…' : ''}${slice}${cutEnd ? '…' : ''}`;
}

function place(match: HypeMatch, block: TextBlock, lines: LineIndex, lang: Lang): Finding {
  const range = block.sourceRange(match.start, match.end);
  const { line, column } = lines.position(range.start);
  return {
    myth: match.myth,
    stance: match.stance,
    start: range.start,
    end: range.end,
    line,
    column,
    text: match.text,
    confidence: Math.round(match.confidence * 1000) / 1000,
    lang,
    before: around(block.text, match.start - CONTEXT, match.start, 'before'),
    after: around(block.text, match.end, match.end + CONTEXT, 'after'),
  };
}

/**
 * Runs the matcher over each paragraph of a document on its own (memory
 * stays flat and progress can be told) and places the findings in the
 * source. By default only the findings that push or report a myth are kept.
 */
export function scanDocument(
  source: string,
  blocks: Iterable<TextBlock>,
  matcher: CompiledMatcher,
  options: ScanOptions,
): Finding[] {
  const lines = new LineIndex(source);
  const findings: Finding[] = [];
  for (const block of blocks) {
    const matches = findHype(block.text, matcher, { lang: options.lang })
      .filter((m) => options.all || m.stance !== 'reject')
      .sort((a, b) => a.start - b.start || a.end - b.end || a.myth.localeCompare(b.myth));
    let sentences: Span[] | undefined;
    for (const match of matches) {
      let lang = options.lang;
      if (lang === 'auto') {
        sentences ??= splitSentences(block.text);
        const sentence = sentences.find((s) => s.start <= match.start && match.start < s.end);
        lang = detectLang(sentence ? block.text.slice(sentence.start, sentence.end) : match.text);
      }
      findings.push(place(match, block, lines, lang));
    }
    if (options.onProgress && source.length > 0)
      options.onProgress(block.sourceRange(0, block.text.length).end / source.length);
  }
  return findings;
}
