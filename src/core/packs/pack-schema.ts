import * as v from 'valibot';
import { LANGS } from './langs';

/**
 * The pack format, version 1. This file is the one source of truth: the
 * TypeScript types below are inferred from it and `npm run schema` writes
 * `assets/pack.schema.json` from it.
 */
export const PACK_FORMAT = 1;

export { LANGS };

const MARKUP = /[<>]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Plain text: no markup, no control characters, bounded length. */
const plainText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `longer than ${max} characters`),
    v.check((s) => !MARKUP.test(s), 'contains markup (<, > or an HTML entity)'),
    v.check((s) => !CONTROL.test(s), 'contains control characters'),
  );

const httpsUrl = v.pipe(
  v.string('must be a URL'),
  v.maxLength(2000, 'URL longer than 2000 characters'),
  v.check((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL'),
);

const id = v.pipe(
  v.string('must be an id'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
  v.maxLength(64, 'id longer than 64 characters'),
);

const localized = (max: number) =>
  v.strictObject({ en: plainText(max), ko: plainText(max) }, 'must have en and ko');

/** A phrase pattern in the pack's pattern language (see docs/pack-format.md). */
const pattern = v.pipe(
  v.string('must be a pattern'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(1200, 'pattern longer than 1200 characters'),
);

const patternList = v.pipe(v.array(pattern), v.maxLength(200, 'more than 200 patterns'));

export const TriggerSchema = v.strictObject({
  /** The phrase that is highlighted. */
  match: pattern,
  /** At least one of these must occur in the same sentence (cue names start with @). */
  with: v.optional(patternList),
  /** The sentence or its paragraph must be about AI. */
  context: v.optional(v.picklist(['ai'], 'must be "ai"')),
  /** None of these may occur in the sentence or its paragraph. */
  unless: v.optional(patternList),
  /**
   * The phrase names the obstacle the myth denies ("data wall"): dismissing
   * or negating it pushes the myth, affirming it argues against the myth.
   */
  inverse: v.optional(v.boolean()),
  /** Base confidence, 0 to 1. */
  weight: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});

const StanceCuesSchema = v.strictObject({
  report: v.optional(patternList),
  reject: v.optional(patternList),
  /** Words that wave an obstacle away ("overblown", "기우"): they push the myth of an inverse trigger. */
  dismiss: v.optional(patternList),
  /** Negations: they reject only inside the phrase's own clause, near the phrase. */
  negate: v.optional(patternList),
  /** Phrases that look negative but push the claim ("no sign of slowing"). */
  assert: v.optional(patternList),
});

const perLang = <T extends v.GenericSchema>(schema: T) =>
  v.strictObject({ en: v.optional(schema), ko: v.optional(schema) });

export const StanceSchema = v.picklist(
  ['assert', 'report', 'reject'],
  'must be assert, report or reject',
);

const ExamplesSchema = v.strictObject({
  match: v.array(
    v.strictObject({ text: plainText(600), stance: v.picklist(['assert', 'report']) }),
  ),
  noMatch: v.array(plainText(600)),
});

export const FactSchema = v.strictObject({
  text: plainText(300),
  numbers: v.array(plainText(40)),
  source: plainText(300),
});

export const CardSchema = v.strictObject({
  verdict: plainText(200),
  points: v.pipe(
    v.array(plainText(300)),
    v.minLength(2, 'needs at least 2 points'),
    v.maxLength(4, 'has more than 4 points'),
  ),
  facts: v.pipe(v.array(FactSchema), v.maxLength(6, 'has more than 6 facts')),
  links: v.pipe(
    v.array(v.strictObject({ label: plainText(80), url: httpsUrl })),
    v.maxLength(4, 'has more than 4 links'),
  ),
  charts: v.optional(v.array(id)),
});

export const MythSchema = v.strictObject({
  id,
  title: localized(120),
  patterns: perLang(v.array(TriggerSchema)),
  stance: v.optional(perLang(StanceCuesSchema)),
  examples: perLang(ExamplesSchema),
  card: perLang(CardSchema),
});

const chartPoint = v.tuple([v.union([v.number(), plainText(40)]), v.number()]);

export const ChartSchema = v.strictObject({
  kind: v.picklist(['line', 'bar'], 'must be line or bar'),
  title: localized(120),
  alt: localized(600),
  x: localized(60),
  y: localized(60),
  series: v.pipe(
    v.array(
      v.strictObject({
        label: localized(80),
        source: plainText(300),
        points: v.pipe(v.array(chartPoint), v.minLength(2), v.maxLength(60)),
      }),
    ),
    v.minLength(1),
    v.maxLength(4),
  ),
});

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be ${PACK_FORMAT}`),
  id,
  name: localized(80),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.2.3')),
  source: v.strictObject({
    title: plainText(200),
    authors: v.array(plainText(100)),
    published: v.pipe(v.string(), v.isoDate('must be a date like 2024-06-27')),
    url: httpsUrl,
  }),
  languages: v.pipe(
    v.array(v.picklist(LANGS, 'must be en or ko')),
    v.minLength(1, 'must name at least one language'),
  ),
  /** How long subscribers may keep this copy before fetching again, e.g. "1 day", "12 hours". */
  expires: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3} (hour|hours|day|days)$/, 'must be like "1 day" or "12 hours"'),
    ),
  ),
  /** Named cue lists per language, used as @name in patterns. */
  cues: v.optional(perLang(v.record(id, patternList))),
  /** Stance cues for every myth of the pack. */
  stance: v.optional(perLang(StanceCuesSchema)),
  charts: v.optional(v.record(id, ChartSchema)),
  myths: v.pipe(
    v.array(MythSchema),
    v.minLength(1, 'must have at least one myth'),
    v.maxLength(500, 'more than 500 myths'),
  ),
});

export type Lang = (typeof LANGS)[number];
export type Stance = v.InferOutput<typeof StanceSchema>;
export type Trigger = v.InferOutput<typeof TriggerSchema>;
export type StanceCues = v.InferOutput<typeof StanceCuesSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Chart = v.InferOutput<typeof ChartSchema>;
export type Myth = v.InferOutput<typeof MythSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
