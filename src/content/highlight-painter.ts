import { hasDarkBackground } from './dark-background';
import type { FoundMatch } from './found-match';
import { DARK_HIGHLIGHT_NAMES, HIGHLIGHT_NAMES, type HighlightedStance } from './highlight-names';

export interface HighlightPainter {
  /** Shows exactly these matches (rejections are never among them). */
  paint(shown: readonly FoundMatch[]): void;
  /** Removes every highlight of ours. */
  clear(): void;
}

const STANCES = Object.keys(HIGHLIGHT_NAMES) as HighlightedStance[];

/**
 * Paints matches as CSS Custom Highlights, one per stance (and a variant
 * for text on dark backgrounds). The page's DOM is never touched; a name
 * is registered only while it has ranges, so a page without matches sees
 * no highlight of ours in `CSS.highlights`.
 */
export function createHighlightPainter(): HighlightPainter {
  const registry = globalThis.CSS?.highlights;
  const supported = Boolean(registry) && typeof Highlight === 'function';
  const clear = (): void => {
    if (!registry) return;
    for (const name of [...Object.values(HIGHLIGHT_NAMES), ...Object.values(DARK_HIGHLIGHT_NAMES)])
      registry.delete(name);
  };
  const paint = (shown: readonly FoundMatch[]): void => {
    if (!supported || !registry) return;
    const groups = new Map<string, Range[]>();
    for (const f of shown) {
      const stance = f.match.stance;
      if (stance !== 'assert' && stance !== 'report') continue;
      const name = hasDarkBackground(f.block)
        ? DARK_HIGHLIGHT_NAMES[stance]
        : HIGHLIGHT_NAMES[stance];
      const list = groups.get(name);
      if (list) list.push(f.range);
      else groups.set(name, [f.range]);
    }
    for (const stance of STANCES) {
      for (const name of [HIGHLIGHT_NAMES[stance], DARK_HIGHLIGHT_NAMES[stance]]) {
        const ranges = groups.get(name);
        if (ranges) registry.set(name, new Highlight(...ranges));
        else registry.delete(name);
      }
    }
  };
  return { paint, clear };
}
