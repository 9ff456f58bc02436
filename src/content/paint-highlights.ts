import type { FoundMatch } from './found-match';
import { HIGHLIGHT_NAMES, type HighlightedStance } from './highlight-names';

/**
 * Registers the matches as CSS Custom Highlights, one highlight per stance.
 * The page's DOM is not touched. Rejecting matches are never painted.
 * Returns a function that removes our highlights again.
 */
export function paintHighlights(found: readonly FoundMatch[]): () => void {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return () => undefined;
  for (const stance of Object.keys(HIGHLIGHT_NAMES) as HighlightedStance[]) {
    const ranges = found.filter((f) => f.match.stance === stance).map((f) => f.range);
    const name = HIGHLIGHT_NAMES[stance];
    if (ranges.length === 0) registry.delete(name);
    else registry.set(name, new Highlight(...ranges));
  }
  return () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
  };
}
