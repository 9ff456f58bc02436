import { compileMatcher } from '../core/match/compile-matcher';
import type { MatcherSource } from '../core/match/compiled-matcher';
import { toMatcherImage, type MatcherImage } from '../core/match/matcher-image';

let last: { key: string; image: MatcherImage | null } | undefined;

/**
 * The packs in force compiled into a matcher image, once per distinct set
 * of sources: every page asks for it, and compiling costs a few hundred ms
 * cold. Null when the sources do not compile (the content script then
 * keeps what it has).
 */
export function matcherImageOf(sources: readonly MatcherSource[]): MatcherImage | null {
  const key = JSON.stringify(sources);
  if (last?.key !== key) {
    let image: MatcherImage | null = null;
    try {
      image = toMatcherImage(compileMatcher(sources));
    } catch (error) {
      console.error('Hype Lens: the packs in force do not compile', error);
    }
    last = { key, image };
  }
  return last.image;
}
