import { compileMatcher, CompileError } from '../match/compile-matcher';
import { findHype } from '../match/find-hype';
import { mergePacks, type PackEntry } from './merge-packs';
import { addOwnRule, type OwnRule } from './own-rules';
import type { Pack, Stance } from './pack-schema';

/** One sentence the user typed, and what the rule found in it. */
export interface PreviewLine {
  text: string;
  found?: { phrase: string; stance: Stance };
}

export type RulePreview = { ok: true; lines: PreviewLine[] } | { ok: false; detail: string };

/**
 * The bundled packs as the preview uses them: their cue lists and stance
 * cues, and the patterns of the rule's myth only when the rule is a stance
 * cue (it then needs the myth's own triggers to show anything).
 */
function baseEntries(base: readonly Pack[], rule: OwnRule): PackEntry[] {
  const keep = rule.role === 'trigger' ? undefined : rule.myth.id;
  return base.map((pack) => ({
    pack: {
      ...pack,
      myths: pack.myths.map((m) => (m.id === keep ? m : { ...m, patterns: {} })),
    },
    origin: { kind: 'bundled', id: pack.id },
    enabled: true,
  }));
}

/**
 * Runs a rule, not saved yet, on the user's sentences: compiles a pack made
 * of the rule alone (with the bundled packs' cue lists and stance cues) and
 * says for each sentence what it finds as the rule's myth. Cheap enough to
 * run on every keystroke (a few ms). A pattern that does not compile says why.
 */
export function previewOwnRule(
  rule: OwnRule,
  sentences: readonly string[],
  base: readonly Pack[],
): RulePreview {
  const pack = addOwnRule(undefined, rule, '2024-01-01');
  let matcher;
  try {
    const entry: PackEntry = { pack, origin: { kind: 'user' }, enabled: true };
    matcher = compileMatcher(mergePacks([...baseEntries(base, rule), entry]).sources);
  } catch (error) {
    if (error instanceof CompileError)
      return { ok: false, detail: error.message.replace(/^[^:]*: /, '') };
    throw error;
  }
  const lines = sentences.map((text): PreviewLine => {
    const hit = findHype(text, matcher, { lang: rule.lang }).find((m) => m.myth === rule.myth.id);
    return hit ? { text, found: { phrase: hit.text, stance: hit.stance } } : { text };
  });
  return { ok: true, lines };
}

/** The sentences of a trigger rule's preview as pack examples: found ones must match, the rest must not. */
export function previewExamples(lines: readonly PreviewLine[]): NonNullable<OwnRule['examples']> {
  const matched: Array<{ text: string; stance: 'assert' | 'report' }> = [];
  const unmatched: string[] = [];
  for (const { text, found } of lines) {
    if (found && found.stance !== 'reject') matched.push({ text, stance: found.stance });
    else unmatched.push(text);
  }
  return { matched, unmatched };
}
