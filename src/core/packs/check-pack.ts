import * as v from 'valibot';
import { compileMatcher, CompileError } from '../match/compile-matcher';
import { checkPackExamples } from './check-pack-examples';
import { mergePacks, type PackEntry } from './merge-packs';
import { packError, type PackError } from './pack-error';
import { packLimitErrors } from './pack-limits';
import { PackSchema, type Pack } from './pack-schema';
import { MAX_PACK_BYTES, validatePack, type ValidateOptions } from './validate-pack';

/** The longest a pack may take to compile, in ms: a slower one would slow every page. */
export const MAX_COMPILE_MS = 1000;

export type PackCheck = { ok: true; pack: Pack } | { ok: false; error: PackError };

export interface CheckOptions extends ValidateOptions {
  /** The packs the pack builds on (the bundled one): their cue lists and stance cues apply. */
  base?: readonly Pack[];
  /** A clock in ms, for the compile time. */
  now?: () => number;
}

/** The bundled packs without their patterns: what a pack's own patterns are checked with. */
function baseEntries(base: readonly Pack[]): PackEntry[] {
  return base.map((pack, i) => ({
    pack: { ...pack, myths: pack.myths.map((m) => ({ ...m, patterns: {} })) },
    origin: { kind: 'bundled', id: `${pack.id}-${i}` },
    enabled: true,
  }));
}

function parse(text: string): { ok: true; input: unknown } | { ok: false; error: PackError } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) return { ok: false, error: packError('too-large', { bytes }) };
  if (text.trimStart().startsWith('<')) return { ok: false, error: packError('html') };
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: packError('not-json', { detail: (error as Error).message }) };
  }
}

/**
 * Everything a pack from outside (a subscription, an imported or saved
 * rule file) must pass before use: at most 1 MB, JSON and not HTML, the
 * schema and its completeness, the limits on patterns, every pattern
 * compiling in under a second, and every example of its own passing.
 */
export function checkPackText(text: string, options: CheckOptions = {}): PackCheck {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  return checkPack(parsed.input, options);
}

/** {@link checkPackText} for an already parsed pack. */
export function checkPack(input: unknown, options: CheckOptions = {}): PackCheck {
  const base = options.base ?? [];
  const now = options.now ?? (() => performance.now());
  if (v.is(PackSchema, input)) {
    const limits = packLimitErrors(input);
    if (limits.length > 0)
      return { ok: false, error: packError('over-limits', { detail: limits[0] ?? '' }) };
  }
  const valid = validatePack(input, base, options);
  if (!valid.ok) {
    const detail = valid.errors[0] ?? '';
    return { ok: false, error: packError('invalid-pack', { detail, count: valid.errors.length }) };
  }
  const { pack } = valid;
  const started = now();
  let matcher;
  try {
    const entry: PackEntry = { pack, origin: { kind: 'user' }, enabled: true };
    matcher = compileMatcher(mergePacks([...baseEntries(base), entry]).sources);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    return { ok: false, error: packError('invalid-pack', { detail: error.message, count: 1 }) };
  }
  const ms = Math.round(now() - started);
  if (ms > MAX_COMPILE_MS) return { ok: false, error: packError('too-slow', { ms }) };
  const failures = checkPackExamples(pack, matcher);
  const first = failures[0];
  if (first) {
    const detail = `${first.myth} (${first.lang}): "${first.text}" → ${first.got}, expected ${first.want}`;
    return { ok: false, error: packError('failing-examples', { detail, count: failures.length }) };
  }
  return { ok: true, pack };
}
