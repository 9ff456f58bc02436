import { compileMatcher } from '../match/compile-matcher';
import type { CompiledMatcher } from '../match/compiled-matcher';
import { findHype } from '../match/find-hype';
import { LANGS, type Lang, type Pack, type Stance } from './pack-schema';
import { toMatcherSource } from './to-matcher-source';

/** An example sentence of a pack that its own patterns get wrong. */
export interface ExampleFailure {
  myth: string;
  lang: Lang;
  /** `match` examples must be found with their stance; `noMatch` ones must not be found (or only as rejected). */
  kind: 'match' | 'noMatch';
  text: string;
  want: Stance | 'none';
  got: Stance | 'none';
}

/**
 * Runs every example of every myth of `pack` through `matcher` (by default
 * the pack compiled alone) and returns those that fail: a match example not
 * found as its myth with its declared stance, or a noMatch example found as
 * its myth (other than rejected). An empty list means the pack passes.
 */
export function checkPackExamples(
  pack: Pack,
  matcher: CompiledMatcher = compileMatcher([toMatcherSource(pack)]),
): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const myth of pack.myths) {
    for (const lang of LANGS) {
      const examples = myth.examples[lang];
      if (!examples) continue;
      for (const { text, stance } of examples.match) {
        const got =
          findHype(text, matcher, { lang }).find((m) => m.myth === myth.id)?.stance ?? 'none';
        if (got !== stance)
          failures.push({ myth: myth.id, lang, kind: 'match', text, want: stance, got });
      }
      for (const text of examples.noMatch) {
        const found = findHype(text, matcher, { lang }).find(
          (m) => m.myth === myth.id && m.stance !== 'reject',
        );
        if (found)
          failures.push({
            myth: myth.id,
            lang,
            kind: 'noMatch',
            text,
            want: 'none',
            got: found.stance,
          });
      }
    }
  }
  return failures;
}
