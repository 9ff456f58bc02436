import type { Lang, Stance } from '../core/packs/pack-schema';

/** One finding in a document, placed in its source. */
export interface Finding {
  myth: string;
  stance: Stance;
  /** UTF-16 offsets into the document as read (for HTML and Markdown, the markup included). */
  start: number;
  end: number;
  /** 1-based, of `start`. */
  line: number;
  column: number;
  /** The phrase as rendered (without tags or markers). */
  text: string;
  confidence: number;
  /** The language of the sentence it sits in: the card shown beside it follows it. */
  lang: Lang;
  /** Rendered text just before and after the phrase, for the text report. */
  before: string;
  after: string;
}
