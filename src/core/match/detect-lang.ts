import type { Lang } from '../packs/pack-schema';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;

/** Korean when the text has at least two Hangul letters, English otherwise. */
export function detectLang(text: string): Lang {
  HANGUL.lastIndex = 0;
  let count = 0;
  while (HANGUL.exec(text)) {
    count += 1;
    if (count >= 2) return 'ko';
  }
  return 'en';
}
