import type { Lang, StanceCues } from '../packs/pack-schema';
import { LANGS } from '../packs/langs';
import { compileCueGroups, compileCues, type CueScopes } from './compile-cues';
import type { CueRegExp } from './cue-regexp';
import type {
  CompiledMatcher,
  CompiledTrigger,
  MatcherModel,
  MatcherSource,
  StanceRegExps,
} from './compiled-matcher';
import { parsePattern, PatternError } from './parse-pattern';
import { anchorsRegExp, patternAnchors } from './pattern-anchors';
import { PATTERN_FLAGS, patternToRegExpSource } from './pattern-to-regexp';
import { compileSentenceModel } from '../model/sentence-model';

/** A pattern that does not compile, with the place it stands in the pack. */
export class CompileError extends Error {
  override name = 'CompileError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const DEFAULT_WEIGHT = 0.8;

function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof PatternError || error instanceof SyntaxError)
      throw new CompileError(path, error.message);
    throw error;
  }
}

function compileStance(
  packCues: StanceCues | undefined,
  mythCues: StanceCues | undefined,
  lang: Lang,
  scopes: CueScopes,
  path: string,
): StanceRegExps {
  return {
    report: at(`${path}.report`, () =>
      compileCueGroups([packCues?.report, mythCues?.report], lang, scopes),
    ),
    reject: at(`${path}.reject`, () =>
      compileCueGroups([packCues?.reject, mythCues?.reject], lang, scopes),
    ),
    dismiss: at(`${path}.dismiss`, () =>
      compileCueGroups([packCues?.dismiss, mythCues?.dismiss], lang, scopes),
    ),
    negate: at(`${path}.negate`, () =>
      compileCueGroups([packCues?.negate, mythCues?.negate], lang, scopes),
    ),
    assert: at(`${path}.assert`, () =>
      compileCueGroups([packCues?.assert, mythCues?.assert], lang, scopes),
    ),
    mythReject: at(`${path}.reject`, () => compileCues(mythCues?.reject, lang, scopes)),
  };
}

/**
 * Compiles packs into one matcher. Cue names (`@ai`) resolve in the pack
 * first, then in the packs before it (the bundled pack comes first), so a
 * subscribed pack can use the essay pack's vocabulary. Throws CompileError
 * naming the place of the first pattern that does not compile.
 */
export function compileMatcher(packs: readonly MatcherSource[]): CompiledMatcher {
  const triggers: CompiledTrigger[] = [];
  const anchors = new Map<string, number[]>();
  const stance = new Map<string, Partial<Record<Lang, StanceRegExps>>>();
  const ai: Partial<Record<Lang, CueRegExp>> = {};
  const myths: string[] = [];
  const modelPack = packs.findIndex((pack) => pack.model !== undefined);
  packs.forEach((pack, p) => {
    for (const lang of LANGS) {
      const scopes: CueScopes = [
        pack.cues?.[lang],
        ...packs.slice(0, p).map((earlier) => earlier.cues?.[lang]),
      ];
      const aiCues = pack.cues?.[lang]?.ai;
      if (aiCues && !ai[lang])
        ai[lang] = at(`cues.${lang}.ai`, () => compileCues(aiCues, lang, scopes));
      pack.myths.forEach((myth, m) => {
        if (!myths.includes(myth.id)) myths.push(myth.id);
        const base = `myths[${m}]`;
        const perMyth = stance.get(myth.id) ?? {};
        perMyth[lang] = compileStance(
          pack.stance?.[lang],
          myth.stance?.[lang],
          lang,
          scopes,
          `${base}.stance.${lang}`,
        );
        stance.set(myth.id, perMyth);
        (myth.patterns[lang] ?? []).forEach((trigger, t) => {
          const path = `${base}.patterns.${lang}[${t}]`;
          const ast = at(`${path}.match`, () => parsePattern(trigger.match, lang));
          const found = patternAnchors(ast);
          if (found.length === 0)
            throw new CompileError(`${path}.match`, 'needs a word to look for');
          for (const anchor of found) {
            const key = anchor.toLowerCase();
            anchors.set(key, [...(anchors.get(key) ?? []), triggers.length]);
          }
          triggers.push({
            myth: myth.id,
            lang,
            regex: at(`${path}.match`, () => new RegExp(patternToRegExpSource(ast), PATTERN_FLAGS)),
            with: at(`${path}.with`, () => compileCues(trigger.with, lang, scopes)),
            unless: at(`${path}.unless`, () => compileCues(trigger.unless, lang, scopes)),
            context: trigger.context === 'ai',
            inverse: trigger.inverse === true,
            weight: trigger.weight ?? DEFAULT_WEIGHT,
            vetoable: p === modelPack,
          });
        });
      });
    }
  });
  closeOverSubstrings(anchors);
  return {
    prefilter: anchorsRegExp(anchors.keys()),
    anchors,
    triggers,
    ai,
    stance,
    myths,
    model: modelOf(packs, modelPack),
  };
}

function modelOf(packs: readonly MatcherSource[], p: number): MatcherModel | undefined {
  const pack = packs[p];
  if (!pack?.model) return undefined;
  const unless: MatcherModel['unless'] = {};
  for (const lang of LANGS) {
    if (!pack.model.langs[lang]) continue;
    const scopes: CueScopes = [pack.cues?.[lang], ...packs.slice(0, p).map((e) => e.cues?.[lang])];
    const cues = pack.model.unless;
    if (cues?.length)
      unless[lang] = at(`model.unless.${lang}`, () => compileCues(cues, lang, scopes));
  }
  return {
    data: pack.model,
    scorer: compileSentenceModel(pack.model),
    myths: new Set(pack.myths.map((m) => m.id)),
    unless,
  };
}

/**
 * The prefilter reports the longest anchor at a place; text holding "scaling"
 * also holds "scal", so each anchor also starts the triggers of the anchors
 * inside it.
 */
function closeOverSubstrings(anchors: Map<string, number[]>): void {
  const keys = [...anchors.keys()];
  const closed = keys.map((outer) => {
    const all = new Set<number>();
    for (const inner of keys)
      if (outer.includes(inner)) for (const t of anchors.get(inner) ?? []) all.add(t);
    return [outer, [...all]] satisfies [string, number[]];
  });
  for (const [key, triggers] of closed) anchors.set(key, triggers);
}
