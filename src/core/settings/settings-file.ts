import { isRecord } from './is-record';
import { validateSettingsFields } from './parse-settings';
import type { Settings } from './settings';
import { SETTING_NAMES } from './settings-fields';
import { migrateRecord, SETTINGS_VERSION } from './settings-migrations';

/** The `format` field that marks a Hype Lens settings file. */
export const SETTINGS_FILE_FORMAT = 'hype-lens-settings';

/** Files larger than this are refused before parsing (ours are a few kB). */
export const MAX_SETTINGS_FILE_BYTES = 256 * 1024;

/** An exported settings file. */
export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

/** Why an import was refused: a code and its parameters, worded by the UI in the user's language. */
export type ImportError =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'not-json' }
  | { code: 'not-a-settings-file' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'invalid-field'; field: string };

/** One setting an import would change. */
export interface SettingChange<K extends keyof Settings = keyof Settings> {
  field: K;
  before: Settings[K];
  after: Settings[K];
}

export type ImportPlan =
  { ok: true; next: Settings; changes: SettingChange[] } | { ok: false; error: ImportError };

/** The text of a settings file for export, stamped with `now`. */
export function settingsFileText(settings: Settings, now: Date): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The fields whose values differ, in the order of the settings. */
export function settingChanges(before: Settings, after: Settings): SettingChange[] {
  return SETTING_NAMES.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  ).map((field) => ({ field, before: before[field], after: after[field] }) as SettingChange);
}

/**
 * Reads a settings file and plans its import over `current`: either the
 * complete next settings and the list of what changes, or one reason to
 * refuse. A file with any invalid field is refused whole, so an import is
 * never half-applied; fields the file leaves out keep their current value;
 * files of older versions are migrated first.
 */
export function planImport(current: Settings, text: string): ImportPlan {
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES)
    return { ok: false, error: { code: 'too-large', maxBytes: MAX_SETTINGS_FILE_BYTES } };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, error: { code: 'not-json' } };
  const file = json.value;
  if (
    !isRecord(file) ||
    file.format !== SETTINGS_FILE_FORMAT ||
    typeof file.version !== 'number' ||
    !Number.isInteger(file.version) ||
    file.version < 1 ||
    !isRecord(file.settings)
  )
    return { ok: false, error: { code: 'not-a-settings-file' } };
  if (file.version > SETTINGS_VERSION)
    return {
      ok: false,
      error: { code: 'newer-version', version: file.version, supported: SETTINGS_VERSION },
    };
  const checked = validateSettingsFields(migrateRecord(file.settings, file.version));
  if (!checked.ok) return { ok: false, error: { code: 'invalid-field', field: checked.field } };
  const next: Settings = { ...current, ...checked.fields };
  return { ok: true, next, changes: settingChanges(current, next) };
}
