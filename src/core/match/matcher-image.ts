import type { Lang } from '../packs/pack-schema';
import type { CompiledMatcher, CompiledTrigger, StanceRegExps } from './compiled-matcher';
import { CueRegExp } from './cue-regexp';
import {
  compileSentenceModel,
  isSentenceModelData,
  type SentenceModelData,
} from '../model/sentence-model';

/** A cue list as data: its parts, as indexes into `MatcherImage.unions`. */
interface CueImage {
  parts: number[];
  flags: string;
}

type StanceKind = keyof StanceRegExps;
const STANCE_KINDS: readonly StanceKind[] = [
  'report',
  'reject',
  'negate',
  'dismiss',
  'assert',
  'mythReject',
];

interface TriggerImage {
  myth: string;
  lang: Lang;
  regex: string;
  flags: string;
  /** Indexes into `MatcherImage.cues`. */
  with?: number | undefined;
  unless?: number | undefined;
  context: boolean;
  inverse: boolean;
  weight: number;
  vetoable?: boolean | undefined;
}

/**
 * A compiled matcher as plain data (structured-clone safe): the background
 * compiles the packs once and each page only turns the sources back into
 * RegExps, instead of parsing every pattern again (a few ms against a few
 * hundred cold). Cue lists shared between triggers stay shared: the matcher
 * tests a shared cue once per sentence.
 */
export interface MatcherImage {
  format: 2;
  prefilter: { source: string; flags: string };
  anchors: Array<[string, number[]]>;
  triggers: TriggerImage[];
  /**
   * Every union source once: the pack's stance cues are a part of each
   * myth's union, and sending them once per myth made the image 1 MB.
   */
  unions: string[];
  cues: CueImage[];
  ai: Partial<Record<Lang, number>>;
  stance: Array<[string, Partial<Record<Lang, Partial<Record<StanceKind, number>>>>]>;
  myths: string[];
  model?:
    | { data: SentenceModelData; myths: string[]; unless?: Partial<Record<Lang, number>> }
    | undefined;
}

/** Turns a compiled matcher into data. */
export function toMatcherImage(matcher: CompiledMatcher): MatcherImage {
  const cues: CueImage[] = [];
  const unions: string[] = [];
  const unionIndex = new Map<string, number>();
  const partOf = (union: string): number => {
    let i = unionIndex.get(union);
    if (i === undefined) unionIndex.set(union, (i = unions.push(union) - 1));
    return i;
  };
  const index = new Map<CueRegExp, number>();
  const ref = (cue: CueRegExp | undefined): number | undefined => {
    if (!cue) return undefined;
    let i = index.get(cue);
    if (i === undefined) {
      i = cues.push({ parts: cue.unions.map(partOf), flags: cue.flags }) - 1;
      index.set(cue, i);
    }
    return i;
  };
  const triggers = matcher.triggers.map((t) => ({
    myth: t.myth,
    lang: t.lang,
    regex: t.regex.source,
    flags: t.regex.flags,
    with: ref(t.with),
    unless: ref(t.unless),
    context: t.context,
    inverse: t.inverse,
    weight: t.weight,
    vetoable: t.vetoable,
  }));
  const ai: MatcherImage['ai'] = {};
  for (const [lang, cue] of Object.entries(matcher.ai) as Array<[Lang, CueRegExp]>)
    ai[lang] = ref(cue);
  const stance: MatcherImage['stance'] = [...matcher.stance].map(([myth, perLang]) => {
    const out: Partial<Record<Lang, Partial<Record<StanceKind, number>>>> = {};
    for (const [lang, regs] of Object.entries(perLang) as Array<[Lang, StanceRegExps]>) {
      const kinds: Partial<Record<StanceKind, number>> = {};
      for (const kind of STANCE_KINDS) {
        const i = ref(regs[kind]);
        if (i !== undefined) kinds[kind] = i;
      }
      out[lang] = kinds;
    }
    return [myth, out];
  });
  return {
    format: 2,
    prefilter: { source: matcher.prefilter.source, flags: matcher.prefilter.flags },
    anchors: [...matcher.anchors],
    triggers,
    unions,
    cues,
    ai,
    stance,
    myths: [...matcher.myths],
    model: matcher.model && {
      data: matcher.model.data,
      myths: [...matcher.model.myths],
      unless: refsOf(matcher.model.unless, ref),
    },
  };
}

/** Is this (probably) a matcher image of this version? A wrong shape is refused before use. */
export function isMatcherImage(value: unknown): value is MatcherImage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<MatcherImage>;
  return (
    v.format === 2 &&
    typeof v.prefilter?.source === 'string' &&
    Array.isArray(v.anchors) &&
    Array.isArray(v.triggers) &&
    Array.isArray(v.unions) &&
    Array.isArray(v.cues) &&
    Array.isArray(v.stance) &&
    Array.isArray(v.myths) &&
    (v.model === undefined || (isSentenceModelData(v.model.data) && Array.isArray(v.model.myths)))
  );
}

/** Turns an image back into a working matcher. Throws on a malformed image (a SyntaxError from a bad source). */
export function fromMatcherImage(image: MatcherImage): CompiledMatcher {
  const union = (i: number): string => {
    const source = image.unions[i];
    // A missing part would compile as an empty RegExp, which matches everywhere.
    if (typeof source !== 'string') throw new SyntaxError(`matcher image: no union ${i}`);
    return source;
  };
  const cues = image.cues.map((c) => CueRegExp.fromUnions(c.parts.map(union), c.flags));
  const cue = (i: number | undefined): CueRegExp | undefined =>
    i === undefined ? undefined : cues[i];
  const triggers: CompiledTrigger[] = image.triggers.map((t) => ({
    myth: t.myth,
    lang: t.lang,
    regex: new RegExp(t.regex, t.flags),
    with: cue(t.with),
    unless: cue(t.unless),
    context: t.context,
    inverse: t.inverse,
    weight: t.weight,
    vetoable: t.vetoable === true,
  }));
  const ai: CompiledMatcher['ai'] = {};
  for (const [lang, i] of Object.entries(image.ai) as Array<[Lang, number]>) ai[lang] = cue(i);
  const stance: CompiledMatcher['stance'] = new Map(
    image.stance.map(([myth, perLang]) => {
      const out: Partial<Record<Lang, StanceRegExps>> = {};
      for (const [lang, kinds] of Object.entries(perLang) as Array<
        [Lang, Partial<Record<StanceKind, number>>]
      >) {
        const regs: StanceRegExps = {};
        for (const kind of STANCE_KINDS) regs[kind] = cue(kinds[kind]);
        out[lang] = regs;
      }
      return [myth, out];
    }),
  );
  return {
    prefilter: new RegExp(image.prefilter.source, image.prefilter.flags),
    anchors: new Map(image.anchors),
    triggers,
    ai,
    stance,
    myths: [...image.myths],
    model: image.model && {
      data: image.model.data,
      scorer: compileSentenceModel(image.model.data),
      myths: new Set(image.model.myths),
      unless: cuesOf(image.model.unless, cue),
    },
  };
}

function refsOf(
  byLang: Partial<Record<Lang, CueRegExp>>,
  ref: (cue: CueRegExp | undefined) => number | undefined,
): Partial<Record<Lang, number>> {
  const out: Partial<Record<Lang, number>> = {};
  for (const [lang, c] of Object.entries(byLang) as Array<[Lang, CueRegExp]>) {
    const i = ref(c);
    if (i !== undefined) out[lang] = i;
  }
  return out;
}

function cuesOf(
  refs: Partial<Record<Lang, number>> | undefined,
  cue: (i: number | undefined) => CueRegExp | undefined,
): Partial<Record<Lang, CueRegExp>> {
  const out: Partial<Record<Lang, CueRegExp>> = {};
  for (const [lang, i] of Object.entries(refs ?? {}) as Array<[Lang, number]>) {
    const c = cue(i);
    if (c) out[lang] = c;
  }
  return out;
}
