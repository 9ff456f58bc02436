import { compileMatcher } from '../core/match/compile-matcher';
import type { MatcherSource } from '../core/match/compiled-matcher';
import { toMatcherImage, type MatcherImage } from '../core/match/matcher-image';

const images = new WeakMap<readonly MatcherSource[], MatcherImage | null>();

/**
 * The packs in force compiled into a matcher image, once per set of
 * sources: every page asks for it, and compiling costs a few hundred ms
 * cold. The merged packs keep one sources array until they change, so its
 * identity is the key (no per-page hashing). Null when the sources do not
 * compile (the content script then keeps what it has).
 */
export function matcherImageOf(sources: readonly MatcherSource[]): MatcherImage | null {
  const known = images.get(sources);
  if (known !== undefined) return known;
  let image: MatcherImage | null = null;
  try {
    image = toMatcherImage(compileMatcher(sources));
  } catch (error) {
    console.error('Hype Lens: the packs in force do not compile', error);
  }
  images.set(sources, image);
  return image;
}
