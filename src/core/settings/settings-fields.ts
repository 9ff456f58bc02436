import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { normaliseSiteRule } from './site-rule';

/** The most entries a list setting keeps; more would not fit `storage.sync` anyway. */
export const MAX_LIST_LENGTH = 1000;
export const MIN_HOVER_DELAY_MS = 100;
export const MAX_HOVER_DELAY_MS = 2000;

const dedupeCap = (list: readonly string[]): string[] =>
  [...new Set(list)].slice(0, MAX_LIST_LENGTH);

const siteRule = v.pipe(
  v.string(),
  v.check((rule) => normaliseSiteRule(rule) !== null),
  v.transform((rule) => normaliseSiteRule(rule) ?? rule),
);
const mythId = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));

/** One setting's schema; lists also name the schema of one entry, so a bad entry can be dropped alone. */
interface FieldRule<T> {
  schema: v.GenericSchema<unknown, T>;
  item?: v.GenericSchema;
}

const list = (item: v.GenericSchema<unknown, string>): FieldRule<string[]> => ({
  schema: v.pipe(
    v.array(item),
    v.transform((entries: string[]) => dedupeCap(entries)),
  ),
  item,
});

/**
 * How each setting is checked and normalised: site rules reduced to host
 * names, lists deduplicated and capped, the hover delay clamped.
 */
export const SETTINGS_FIELDS: { [K in keyof Settings]: FieldRule<Settings[K]> } = {
  paused: { schema: v.boolean() },
  siteMode: { schema: v.picklist(['except', 'only']) },
  sitesOff: list(siteRule),
  sitesOn: list(siteRule),
  mythsOff: list(mythId),
  sensitivity: { schema: v.picklist(['assert', 'report']) },
  language: { schema: v.picklist(['browser', 'en', 'ko']) },
  hoverDelayMs: {
    schema: v.pipe(
      v.number(),
      v.finite(),
      v.transform((ms) =>
        Math.round(Math.min(MAX_HOVER_DELAY_MS, Math.max(MIN_HOVER_DELAY_MS, ms))),
      ),
    ),
  },
};

/** The names of all settings, in a stable order. */
export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
