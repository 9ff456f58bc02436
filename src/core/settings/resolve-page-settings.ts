import { resolveLang } from './resolve-lang';
import type { PageSettings, Settings } from './settings';
import { isSiteEnabled } from './site-rules';

/**
 * What the content script of the page at `url` needs: whether it runs at
 * all, what it highlights and how, in which language, and which matches the
 * user dismissed on this page.
 */
export function resolvePageSettings(
  url: string,
  settings: Settings,
  dismissedForPage: readonly string[],
  uiLocale: string,
): PageSettings {
  return {
    enabled: isSiteEnabled(url, settings),
    mythsOff: [...settings.mythsOff],
    sensitivity: settings.sensitivity,
    lang: resolveLang(settings.language, uiLocale),
    hoverDelayMs: settings.hoverDelayMs,
    dismissed: [...dismissedForPage],
  };
}
