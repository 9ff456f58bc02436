import type { CompiledMatcher } from '../core/match/compiled-matcher';
import { fromMatcherImage, isMatcherImage } from '../core/match/matcher-image';
import { sendMessage } from '../shared/send-message';

/**
 * The matcher for this page, from the image the background compiled (a few
 * ms to load instead of a few hundred to compile; the content script never
 * parses patterns, so the compiler is not in its bundle). Undefined when
 * the background has none or it does not load: the caller keeps what it had.
 */
export async function loadMatcher(): Promise<CompiledMatcher | undefined> {
  const image = await sendMessage('getMatcherImage', {}).catch(() => null);
  if (!isMatcherImage(image)) return undefined;
  try {
    return fromMatcherImage(image);
  } catch (error) {
    console.warn('Hype Lens: the compiled matcher did not load:', error);
    return undefined;
  }
}
