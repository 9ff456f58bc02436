import * as v from 'valibot';
import { compileMatcher, CompileError } from '../match/compile-matcher';
import { LANGS, type Pack, PackSchema } from './pack-schema';

/** The largest pack accepted, in bytes of its JSON text. */
export const MAX_PACK_BYTES = 1024 * 1024;

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Cards may be missing in any language (the user's own rules: a highlight without a card is fine). */
  cardsOptional?: boolean;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item, i) =>
      typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

function reasonOf(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && issue.path?.length) return 'missing';
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  return issue.message;
}

/** Structure-level problems, each as "place: reason". */
function schemaErrors(input: unknown): string[] {
  const result = v.safeParse(PackSchema, input);
  if (result.success) return [];
  return result.issues.slice(0, 20).map((issue) => {
    const place = pathOf(issue);
    return place ? `${place}: ${reasonOf(issue)}` : reasonOf(issue);
  });
}

/** Problems the schema cannot see: completeness per language, duplicates, references. */
function semanticErrors(pack: Pack, base: readonly Pack[], options: ValidateOptions): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  // A myth a base pack knows already has its cards there: a pack adding patterns needs none.
  const known = new Set(base.flatMap((b) => b.myths.map((m) => m.id)));
  pack.myths.forEach((myth, m) => {
    if (seen.has(myth.id)) errors.push(`myths[${m}].id: duplicate id "${myth.id}"`);
    seen.add(myth.id);
    for (const lang of pack.languages) {
      for (const part of ['patterns', 'examples', 'card'] as const) {
        if (part === 'card' && (options.cardsOptional || known.has(myth.id))) continue;
        if (!myth[part][lang])
          errors.push(`myths[${m}].${part}.${lang}: missing (the pack declares ${lang})`);
      }
      for (const chart of myth.card[lang]?.charts ?? []) {
        if (!pack.charts?.[chart])
          errors.push(`myths[${m}].card.${lang}.charts: no chart "${chart}" in the pack`);
      }
    }
    for (const lang of LANGS) {
      if (!pack.languages.includes(lang) && (myth.card[lang] || myth.patterns[lang])) {
        errors.push(
          `myths[${m}]: has ${lang} content but the pack's languages do not list ${lang}`,
        );
      }
    }
  });
  return errors;
}

function compileErrors(pack: Pack, base: readonly Pack[]): string[] {
  try {
    compileMatcher([...base, pack]);
    return [];
  } catch (error) {
    if (error instanceof CompileError) return [error.message];
    throw error;
  }
}

/**
 * Validates a pack from its JSON text: size, JSON, schema, completeness and
 * that every pattern compiles (cue names may refer to the `base` packs).
 * A pack with any error is rejected whole; each error names its place.
 */
export function validatePackText(
  text: string,
  base: readonly Pack[] = [],
  options: ValidateOptions = {},
): PackResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) {
    return { ok: false, errors: [`pack is ${(bytes / 1048576).toFixed(1)} MB; the limit is 1 MB`] };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return validatePack(input, base, options);
}

/** Validates an already parsed pack; see validatePackText. */
export function validatePack(
  input: unknown,
  base: readonly Pack[] = [],
  options: ValidateOptions = {},
): PackResult {
  const structural = schemaErrors(input);
  if (structural.length > 0) return { ok: false, errors: structural };
  const pack = input as Pack;
  const errors = semanticErrors(pack, base, options);
  if (errors.length === 0) errors.push(...compileErrors(pack, base));
  return errors.length === 0 ? { ok: true, pack } : { ok: false, errors };
}
