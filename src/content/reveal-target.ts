import type { FoundMatch } from './found-match';

/**
 * Scrolls a match into the middle of the viewport, at once (no smooth
 * scrolling: the card is placed right after, and motion-sensitive users
 * are spared the animation).
 */
export function revealTarget(target: FoundMatch): void {
  const node = target.range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
