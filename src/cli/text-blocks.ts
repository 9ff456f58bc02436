import { verbatimBlock, type TextBlock } from './text-block';

const PARAGRAPH_BREAK = /\n(?:[\t\f\r ]*\n)+/.source;
const LINE_BREAK = /\r?\n/g;
/** Past this length a paragraph is cut at a line that ends a sentence, so progress and memory stay even. */
const SOFT_LIMIT = 64 * 1024;
const HARD_LIMIT = 256 * 1024;
const SENTENCE_END = /[.!?。！？…]["'”’)\]]*[\t\f\r ]*$/;

/** Ends of the pieces a long paragraph is cut into, at line breaks. */
function* cuts(text: string): Generator<number> {
  let from = 0;
  while (text.length - from > SOFT_LIMIT) {
    let cut = -1;
    for (
      let nl = text.indexOf('\n', from + SOFT_LIMIT);
      nl !== -1;
      nl = text.indexOf('\n', nl + 1)
    ) {
      if (SENTENCE_END.test(text.slice(Math.max(from, nl - 8), nl)) || nl - from > HARD_LIMIT) {
        cut = nl + 1;
        break;
      }
    }
    if (cut === -1) break;
    yield cut;
    from = cut;
  }
  yield text.length;
}

/**
 * The paragraphs of plain text: runs of lines between blank lines. The
 * line breaks inside a paragraph become spaces (same length, so offsets
 * stay those of the source), because hard-wrapped prose puts them in the
 * middle of sentences.
 */
export function* textBlocks(source: string): Generator<TextBlock> {
  const breaks = new RegExp(PARAGRAPH_BREAK, 'g'); // its own: the generator pauses between blocks
  for (let start = 0; start < source.length;) {
    const gap = breaks.exec(source);
    const end = gap ? gap.index : source.length;
    const paragraph = source.slice(start, end);
    let from = 0;
    for (const cut of cuts(paragraph)) {
      const piece = paragraph.slice(from, cut).replace(LINE_BREAK, (b) => ' '.repeat(b.length));
      if (/\S/.test(piece)) yield verbatimBlock(piece, start + from);
      from = cut;
    }
    start = gap ? gap.index + gap[0].length : source.length;
  }
}
