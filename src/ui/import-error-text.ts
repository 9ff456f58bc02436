import type { ImportError } from '../core/settings/settings-file';
import type { Settings } from '../core/settings/settings';
import { SETTING_NAMES } from '../core/settings/settings-fields';
import { settingLabel } from './describe-setting';
import type { UiText } from './ui-text';

function fieldName(field: string, t: UiText): string {
  const known = SETTING_NAMES.find((name) => name === field);
  return known ? settingLabel(known as keyof Settings, t) : field;
}

/** Why an import was refused, in the user's language. */
export function importErrorText(error: ImportError, t: UiText): string {
  switch (error.code) {
    case 'too-large':
      return t.importTooLarge;
    case 'not-json':
      return t.importNotJson;
    case 'not-a-settings-file':
      return t.importNotSettings;
    case 'newer-version':
      return t.importNewer;
    case 'invalid-field':
      return t.importInvalidField(fieldName(error.field, t));
    default:
      return t.importUnreadable;
  }
}
