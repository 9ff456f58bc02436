import type { Lang } from '../core/packs/pack-schema';
import type { SettingChange } from '../core/settings/settings-file';
import type { LanguageChoice, Settings } from '../core/settings/settings';
import { mythTitle, type MythInfo } from './myth-info';
import type { UiText } from './ui-text';

/** A setting change in words: the setting's name and its old and new values. */
export interface ChangeWords {
  label: string;
  before: string;
  after: string;
}

function listWords(list: readonly string[], t: UiText): string {
  return list.length === 0 ? t.valueNone : list.join(', ');
}

/** The name of a setting, as the options page calls it. */
export function settingLabel(field: keyof Settings, t: UiText): string {
  const labels: Record<keyof Settings, string> = {
    paused: t.fieldPaused,
    siteMode: t.fieldSiteMode,
    sitesOff: t.fieldSitesOff,
    sitesOn: t.fieldSitesOn,
    mythsOff: t.fieldMythsOff,
    sensitivity: t.fieldSensitivity,
    language: t.fieldLanguage,
    hoverDelayMs: t.fieldHoverDelay,
  };
  return labels[field];
}

/** The name of a language choice, in the UI's language. */
export function languageWords(choice: LanguageChoice, t: UiText): string {
  if (choice === 'browser') return t.languageBrowser;
  return choice === 'ko' ? t.languageKo : t.languageEn;
}

function valueWords<K extends keyof Settings>(
  field: K,
  value: Settings[K],
  t: UiText,
  lang: Lang,
  myths: readonly MythInfo[],
): string {
  // Each branch narrows by field name; the casts restate what the field says.
  switch (field) {
    case 'paused':
      return value ? t.valueOn : t.valueOff;
    case 'siteMode':
      return value === 'only' ? t.siteModeOnly : t.siteModeExcept;
    case 'sitesOff':
    case 'sitesOn':
      return listWords(value as string[], t);
    case 'mythsOff':
      return listWords(
        (value as string[]).map((id) => mythTitle(myths, id, lang)),
        t,
      );
    case 'sensitivity':
      return value === 'assert' ? t.sensitivityAssertShort : t.sensitivityReportShort;
    case 'language':
      return languageWords(value as LanguageChoice, t);
    case 'hoverDelayMs':
      return t.seconds(value as number);
    default:
      return String(value);
  }
}

/** A planned import's change, in the UI's language. */
export function describeChange(
  change: SettingChange,
  t: UiText,
  lang: Lang,
  myths: readonly MythInfo[],
): ChangeWords {
  return {
    label: settingLabel(change.field, t),
    before: valueWords(change.field, change.before, t, lang, myths),
    after: valueWords(change.field, change.after, t, lang, myths),
  };
}
