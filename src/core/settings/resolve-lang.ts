import type { Lang } from '../packs/pack-schema';
import type { LanguageChoice } from './settings';

/** The language a choice stands for: 'browser' follows the UI locale (Korean, or else English). */
export function resolveLang(choice: LanguageChoice, uiLocale: string): Lang {
  if (choice !== 'browser') return choice;
  return uiLocale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
