import type { Lang } from '../core/packs/pack-schema';
import { resolveLang } from '../core/settings/resolve-lang';
import { loadSettings } from '../shared/settings-store';

/** The language the user chose for Hype Lens, 'browser' resolved with the UI locale. */
export async function userLang(uiLocale: () => string): Promise<Lang> {
  return resolveLang((await loadSettings()).language, uiLocale());
}
