import type { FoundMatch } from './found-match';
import { hostOf } from './parent-across';

const known = new WeakMap<readonly FoundMatch[], ShadowRoot[]>();

/**
 * The shadow roots that hold the matches, with the roots around them: the
 * browser's hit-tests (`caretPositionFromPoint`, `highlightsFromPoint`)
 * stop at a shadow host unless they are handed its root. Computed once per
 * list of matches (the list is replaced whenever the matches change).
 */
export function shadowRootsOf(found: readonly FoundMatch[]): ShadowRoot[] {
  const cached = known.get(found);
  if (cached) return cached;
  const roots = new Set<ShadowRoot>();
  for (const f of found) {
    for (let root = f.range.startContainer.getRootNode(); hostOf(root);) {
      const shadow = root as ShadowRoot;
      if (roots.has(shadow)) break;
      roots.add(shadow);
      root = shadow.host.getRootNode();
    }
  }
  const list = [...roots];
  known.set(found, list);
  return list;
}
