import * as v from 'valibot';
import { isRecord } from './is-record';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { SETTING_NAMES, SETTINGS_FIELDS } from './settings-fields';

function parseField<K extends keyof Settings>(name: K, value: unknown): Settings[K] {
  const rule = SETTINGS_FIELDS[name];
  const whole = v.safeParse(rule.schema, value);
  if (whole.success) return whole.output;
  const { item } = rule;
  if (item !== undefined && Array.isArray(value)) {
    // Keep the good entries of a list with a bad one, rather than lose them all.
    const kept = value.filter((entry) => v.is(item, entry));
    const retry = v.safeParse(rule.schema, kept);
    if (retry.success) return retry.output;
  }
  return structuredClone(DEFAULT_SETTINGS[name]);
}

/**
 * Settings from anything found in storage, never throwing: each field that
 * is missing, corrupted or of the wrong type takes its default while the
 * others are kept; a list keeps its valid entries; unknown fields are
 * dropped.
 */
export function parseSettings(raw: unknown): Settings {
  const record = isRecord(raw) ? raw : {};
  const entries = SETTING_NAMES.map((name) => [name, parseField(name, record[name])]);
  return Object.fromEntries(entries) as Settings;
}

/**
 * Strict check of the fields present in `raw`, for imports: the first field
 * that does not validate is named, so a file is refused whole rather than
 * half-applied. Missing fields are simply absent from the result.
 */
export function validateSettingsFields(
  raw: Record<string, unknown>,
): { ok: true; fields: Partial<Settings> } | { ok: false; field: keyof Settings } {
  const fields: Partial<Record<keyof Settings, unknown>> = {};
  for (const name of SETTING_NAMES) {
    if (!Object.hasOwn(raw, name)) continue;
    const result = v.safeParse(SETTINGS_FIELDS[name].schema, raw[name]);
    if (!result.success) return { ok: false, field: name };
    fields[name] = result.output;
  }
  return { ok: true, fields: fields as Partial<Settings> };
}
