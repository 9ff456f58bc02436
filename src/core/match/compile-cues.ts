import type { Lang } from '../packs/pack-schema';
import { CueRegExp } from './cue-regexp';
import { parsePattern, PatternError } from './parse-pattern';
import { PATTERN_FLAGS, patternToRegExpSource } from './pattern-to-regexp';

/** Named cue lists for one language, in the order they are looked up. */
export type CueScopes = ReadonlyArray<Readonly<Record<string, readonly string[]>> | undefined>;

/** Expands `@name` references (one level) against the scopes, nearest first. */
export function expandCues(list: readonly string[], scopes: CueScopes): string[] {
  return list.flatMap((entry) => {
    if (!entry.startsWith('@')) return [entry];
    const name = entry.slice(1);
    const found = scopes.find((scope) => scope?.[name] !== undefined)?.[name];
    if (found === undefined) throw new PatternError(`unknown cue list ${entry}`);
    const nested = found.find((cue) => cue.startsWith('@'));
    if (nested !== undefined)
      throw new PatternError(`cue list ${entry} refers to ${nested}: cue lists do not nest`);
    return [...found];
  });
}

/**
 * The same cue list compiles to the same object, so triggers that share
 * "@science" share it, and a sentence is tested against it once.
 */
const compiled = new Map<string, CueRegExp>();

/** One case-insensitive union that finds any of the cues, or undefined for an empty list. */
export function compileCues(
  list: readonly string[] | undefined,
  lang: Lang,
  scopes: CueScopes,
): CueRegExp | undefined {
  return compileCueGroups([list], lang, scopes);
}

/**
 * The union of several cue lists in order (the pack's, then a myth's own),
 * matching exactly as their concatenation; each list begins a part of its
 * own, so a list shared by many unions is compiled once.
 */
export function compileCueGroups(
  groups: ReadonlyArray<readonly string[] | undefined>,
  lang: Lang,
  scopes: CueScopes,
): CueRegExp | undefined {
  // Empty groups drop out, so [pack: none, myth: X] is the same union, and object, as X alone.
  const expanded = groups
    .map((list) => expandCues(list ?? [], scopes))
    .filter((list) => list.length > 0);
  const all = expanded.flat();
  if (all.length === 0) return undefined;
  // JSON, not a join: a pattern may hold any character, and two groupings must never share a key.
  const key = JSON.stringify([lang, expanded]);
  const cached = compiled.get(key);
  if (cached) return cached;
  const sources = all.map((cue) => {
    try {
      return patternToRegExpSource(parsePattern(cue, lang));
    } catch (error) {
      if (error instanceof PatternError) throw new PatternError(`"${cue}": ${error.message}`);
      throw error;
    }
  });
  const breaks: number[] = [];
  let at = 0;
  for (const list of expanded) {
    if (at > 0 && list.length > 0) breaks.push(at);
    at += list.length;
  }
  const cues = new CueRegExp(sources, PATTERN_FLAGS, undefined, breaks);
  compiled.set(key, cues);
  return cues;
}
