import { LANGS, type Pack, type StanceCues } from './pack-schema';

/**
 * Bounds on what a subscribed or user pack may ask of the matcher, so no
 * pack can make a page scan slow. The bundled essay pack sits well inside
 * them (8 myths, 33 triggers per myth and language at most, about 620
 * patterns in all, the longest about 1000 characters).
 */
export const PACK_LIMITS = {
  myths: 200,
  triggersPerMyth: 60,
  patternChars: 1200,
  /** Every pattern string: triggers, their with/unless lists, cue lists and stance cues. */
  patterns: 3000,
} as const;

function stanceLists(cues: StanceCues | undefined): string[] {
  return Object.values(cues ?? {}).flat();
}

/** Every pattern string of a pack, with the place it stands. */
function patternsOf(pack: Pack): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of LANGS) {
    for (const [name, list] of Object.entries(pack.cues?.[lang] ?? {}))
      for (const p of list) out.push([`cues.${lang}.${name}`, p]);
    for (const p of stanceLists(pack.stance?.[lang])) out.push([`stance.${lang}`, p]);
    pack.myths.forEach((myth, m) => {
      for (const p of stanceLists(myth.stance?.[lang])) out.push([`myths[${m}].stance.${lang}`, p]);
      (myth.patterns[lang] ?? []).forEach((t, i) => {
        for (const p of [t.match, ...(t.with ?? []), ...(t.unless ?? [])])
          out.push([`myths[${m}].patterns.${lang}[${i}]`, p]);
      });
    });
  }
  return out;
}

/** Where a schema-valid pack goes past {@link PACK_LIMITS}, each as "place: reason". */
export function packLimitErrors(pack: Pack): string[] {
  const errors: string[] = [];
  if (pack.myths.length > PACK_LIMITS.myths)
    errors.push(`myths: ${pack.myths.length} myths; the limit is ${PACK_LIMITS.myths}`);
  pack.myths.forEach((myth, m) => {
    for (const lang of LANGS) {
      const count = myth.patterns[lang]?.length ?? 0;
      if (count > PACK_LIMITS.triggersPerMyth)
        errors.push(
          `myths[${m}].patterns.${lang}: ${count} patterns; the limit is ${PACK_LIMITS.triggersPerMyth}`,
        );
    }
  });
  const all = patternsOf(pack);
  const long = all.find(([, p]) => p.length > PACK_LIMITS.patternChars);
  if (long)
    errors.push(
      `${long[0]}: a pattern of ${long[1].length} characters; the limit is ${PACK_LIMITS.patternChars}`,
    );
  if (all.length > PACK_LIMITS.patterns)
    errors.push(`${all.length} patterns in all; the limit is ${PACK_LIMITS.patterns}`);
  return errors;
}
