import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import type { Lang } from '../core/packs/pack-schema';

/** The `_locales` messages the background shows itself (menu, toolbar button). */
export type BackgroundTextKey =
  | 'extName'
  | 'commandToggleSite'
  | 'menuTurnOff'
  | 'menuTurnOn'
  | 'actionTitleCount'
  | 'actionTitleOff'
  | 'actionTitlePaused';

const MESSAGES: Record<Lang, Record<BackgroundTextKey, { message: string }>> = { en, ko };

/**
 * A background string in the user's chosen language. `browser.i18n` only
 * knows the browser's language, so the `_locales` files are bundled and
 * read here; `$COUNT$` takes `count`.
 */
export function backgroundText(lang: Lang, key: BackgroundTextKey, count = 0): string {
  return MESSAGES[lang][key].message.replace('$COUNT$', String(count));
}
