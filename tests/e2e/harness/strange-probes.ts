/*
 * Probes for the strange pages. Serialised like page-probes (self-contained).
 */
import type { Box } from './page-probes.js';

export interface PlacedRange {
  /** 'top' or the id of the same-origin frame whose registry holds the range. */
  frame: string;
  /** The id of the nearest element with one, prefixed by its shadow host's id ('host>id'). */
  owner: string;
  name: string;
  text: string;
  rect: Box;
}

/** Every range of ours, in the top document and in same-origin frames. */
export function readPlacedRanges(prefix: string): PlacedRange[] {
  const out: PlacedRange[] = [];
  const ownerOf = (node: Node): string => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const id = el?.closest('[id]')?.id ?? '';
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? `${root.host.id}>${id}` : id;
  };
  const read = (win: Window, frame: string): void => {
    (win as unknown as typeof globalThis).CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith(prefix)) return;
      highlight.forEach((r) => {
        const range = r as Range;
        const b = range.getBoundingClientRect();
        out.push({
          frame,
          owner: ownerOf(range.startContainer),
          name,
          text: range.toString(),
          rect: { x: b.x, y: b.y, width: b.width, height: b.height },
        });
      });
    });
  };
  read(window, 'top');
  for (const iframe of document.querySelectorAll('iframe')) {
    try {
      if (iframe.contentWindow) read(iframe.contentWindow, iframe.id);
    } catch {
      // Cross-origin: not readable from here.
    }
  }
  return out;
}
