import type { CueRegExp } from './cue-regexp';
import type { Span } from './split-sentences';
import type { TextCues } from './text-cues';

/**
 * What the sense checks ask of a sentence and its paragraph, each found at
 * most once however many triggers ask.
 */
export class SentenceContext {
  private aiSpans: Span[] | undefined;
  private aiParagraph: boolean | undefined;
  private readonly inSentence = new Map<CueRegExp, boolean>();
  private readonly inParagraph = new Map<CueRegExp, boolean>();

  /**
   * `paragraph` is the window around the sentence in the text that
   * `cues` reads (the sentence's paragraph, or as much of it as counts).
   */
  constructor(
    readonly sentence: string,
    private readonly cues: TextCues,
    private readonly paragraph: Span,
    private readonly ai: CueRegExp | undefined,
  ) {}

  /** Is there an AI cue in the sentence outside `span`? */
  aiOutside(span: Span): boolean {
    if (!this.ai) return false;
    this.aiSpans ??= this.ai.spans(this.sentence);
    return this.aiSpans.some((s) => s.end <= span.start || s.start >= span.end);
  }

  /** Is there an AI cue anywhere in the sentence? */
  aiInSentence(): boolean {
    return this.aiOutside({ start: 0, end: 0 });
  }

  /** Does the sentence hold a match of `regex`? (Asked once per RegExp.) */
  sentenceHas(regex: CueRegExp): boolean {
    let found = this.inSentence.get(regex);
    if (found === undefined) this.inSentence.set(regex, (found = regex.test(this.sentence)));
    return found;
  }

  /** Does the paragraph around the sentence hold a match of `regex`? (Asked once per RegExp.) */
  paragraphHas(regex: CueRegExp): boolean {
    let found = this.inParagraph.get(regex);
    if (found === undefined)
      this.inParagraph.set(regex, (found = this.cues.hasWithin(regex, this.paragraph)));
    return found;
  }

  /** Is there an AI cue anywhere in the paragraph around the sentence? */
  aiInParagraph(): boolean {
    this.aiParagraph ??= this.ai ? this.cues.hasWithin(this.ai, this.paragraph) : false;
    return this.aiParagraph;
  }
}
