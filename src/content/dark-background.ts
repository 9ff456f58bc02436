import { parentAcross } from './parent-across';

const cache = new WeakMap<Element, boolean>();

function parseRgba(value: string): [number, number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return undefined;
  const alphaText = m[4];
  let alpha = 1;
  if (alphaText !== undefined)
    alpha = alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Is the text in `el` drawn on a dark background? Takes the first mostly
 * opaque background among its ancestors, through shadow hosts (the canvas
 * is white unless the root says otherwise). Cached per element, for every
 * element on the way up too: a page with thousands of matched blocks reads
 * each element's style once, not once per block below it (the paint at the
 * end of a scan asks for every matched block at once).
 */
export function hasDarkBackground(el: Element | null): boolean {
  if (!el) return false;
  const view = el.ownerDocument.defaultView;
  const undecided: Element[] = [];
  let dark = false;
  for (let cur: Element | null = el; cur && view; cur = parentAcross(cur)) {
    const known = cache.get(cur);
    if (known !== undefined) {
      dark = known;
      break;
    }
    undecided.push(cur);
    const rgba = parseRgba(view.getComputedStyle(cur).backgroundColor);
    if (rgba && rgba[3] >= 0.5) {
      dark = luminance(rgba[0], rgba[1], rgba[2]) < 0.18;
      break;
    }
  }
  // Each element passed on the way shows the background found above it (or its own).
  for (const passed of undecided) cache.set(passed, dark);
  return dark;
}
