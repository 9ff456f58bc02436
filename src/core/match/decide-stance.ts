import type { Stance } from '../packs/pack-schema';
import type { StanceRegExps } from './compiled-matcher';

function blankOut(text: string, regex: RegExp | undefined): string {
  if (!regex) return text;
  const global = new RegExp(regex.source, 'giu');
  return text.replace(global, (m) => ' '.repeat(m.length));
}

/**
 * The stance of a sentence towards a myth: reject when it argues against
 * the claim, report when it relays or questions someone's claim, assert
 * otherwise. Phrases that look negative but push the claim ("no sign of
 * slowing") are blanked out before negation is looked for.
 */
export function decideStance(sentence: string, cues: StanceRegExps | undefined): Stance {
  const text = blankOut(sentence, cues?.assert);
  if (cues?.reject?.test(text)) return 'reject';
  if (cues?.report?.test(text)) return 'report';
  if (/[?？]["'”’)]*\s*$/u.test(sentence)) return 'report';
  return 'assert';
}
