import type { Stance } from '../packs/pack-schema';

/** One finding: the exact phrase span, the myth it signals and the sentence's stance. */
export interface HypeMatch {
  /** UTF-16 offsets into the text handed to findHype. */
  start: number;
  end: number;
  text: string;
  myth: string;
  stance: Stance;
  /** 0 to 1. */
  confidence: number;
}
