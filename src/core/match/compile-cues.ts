import type { Lang } from '../packs/pack-schema';
import { parsePattern, PatternError } from './parse-pattern';
import { patternToRegExpSource } from './pattern-to-regexp';

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

/** One case-insensitive RegExp that finds any of the cues, or undefined for an empty list. */
export function compileCues(
  list: readonly string[] | undefined,
  lang: Lang,
  scopes: CueScopes,
): RegExp | undefined {
  if (!list || list.length === 0) return undefined;
  const sources = expandCues(list, scopes).map((cue) => {
    try {
      return patternToRegExpSource(parsePattern(cue, lang));
    } catch (error) {
      if (error instanceof PatternError) throw new PatternError(`"${cue}": ${error.message}`);
      throw error;
    }
  });
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'iu');
}
