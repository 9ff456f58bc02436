/*
 * Functions the tests run inside the page. Each is serialised by the driver,
 * so it must be self-contained: no imports, no outer variables, no helpers.
 */

/** One `hype-lens:scan` measure as the page sees it. */
export interface ScanEntry {
  duration: number;
  /** The measure's `detail`, cloned through JSON; undefined if the page cannot read it. */
  detail: { matches?: number; myths?: Record<string, number> } | null | undefined;
  /** Set when reading `detail` threw (e.g. an object from another compartment). */
  detailError?: string;
}

/** Reads every measure called `name`, oldest first. */
export function readScans(name: string): ScanEntry[] {
  return performance.getEntriesByName(name, 'measure').map((entry) => {
    try {
      const detail = (entry as PerformanceMeasure).detail as ScanEntry['detail'];
      return {
        duration: entry.duration,
        detail:
          detail === undefined || detail === null ? detail : JSON.parse(JSON.stringify(detail)),
      };
    } catch (error) {
      return { duration: entry.duration, detail: undefined, detailError: String(error) };
    }
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RangeInfo {
  text: string;
  /** Bounding box in viewport CSS px. */
  rect: Box;
  /** The box of each line the range covers. */
  lines: Box[];
}

export interface HighlightInfo {
  name: string;
  ranges: RangeInfo[];
}

/** Lists the registered highlights whose names start with `prefix`. */
export function readHighlights(prefix: string): HighlightInfo[] {
  const found: HighlightInfo[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    const ranges: RangeInfo[] = [];
    highlight.forEach((abstract) => {
      if (!(abstract instanceof Range))
        throw new Error(`${name} holds a ${abstract.constructor.name}, not a Range`);
      const range = abstract;
      const r = range.getBoundingClientRect();
      const lines = [...range.getClientRects()].map((l) => ({
        x: l.x,
        y: l.y,
        width: l.width,
        height: l.height,
      }));
      ranges.push({
        text: range.toString(),
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        lines,
      });
    });
    found.push({ name, ranges });
  });
  return found;
}

export interface CardInfo {
  /** Number of UI host elements anywhere in the document. */
  hosts: number;
  /** Whether the host is a child of <html> with an open shadow root. */
  hostInPlace: boolean;
  card: null | {
    myth: string | null;
    stance: string | null;
    text: string;
    visible: boolean;
    /** No animation or transition is running in the UI's shadow tree (the card has faded in). */
    settled: boolean;
    rect: Box;
  };
}

/** Describes the extension's UI host and the card in its shadow root. */
export function readCard(tag: string): CardInfo {
  const hosts = document.querySelectorAll(tag);
  const host = hosts[0];
  const root = host?.shadowRoot ?? null;
  const card = root?.querySelector<HTMLElement>('[data-myth]') ?? null;
  const r = card?.getBoundingClientRect();
  return {
    hosts: hosts.length,
    hostInPlace:
      host !== undefined && host.parentNode === document.documentElement && root !== null,
    card:
      card && r
        ? {
            myth: card.getAttribute('data-myth'),
            stance: card.getAttribute('data-stance'),
            text: card.textContent ?? '',
            visible:
              r.width > 0 &&
              r.height > 0 &&
              card.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            settled: root!.getAnimations().every((a) => a.playState !== 'running'),
            rect: { x: r.x, y: r.y, width: r.width, height: r.height },
          }
        : null,
  };
}

/** The document's serialisation with every `tag` element removed. */
export function serializeWithout(tag: string): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(tag).forEach((element) => element.remove());
  return copy.outerHTML;
}

/**
 * The same URL fetched again and parsed by this browser's own HTML parser
 * (DOMParser): the DOM the page had before any script touched it. Content
 * scripts never run in a DOMParser document. Sound for fixture pages without
 * scripts and <noscript> (DOMParser parses with scripting disabled).
 */
export async function serializePristine(): Promise<string> {
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}

/** Every highlighted range: its highlight name, text and the id of its nearest element with one. */
export function readRanges(prefix: string): { name: string; text: string; owner: string }[] {
  const out: { name: string; text: string; owner: string }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((r) => {
      const range = r as Range;
      const start = range.startContainer;
      const el = (start.nodeType === 1 ? start : start.parentElement) as Element | null;
      out.push({ name, text: range.toString(), owner: el?.closest('[id]')?.id ?? '' });
    });
  });
  return out;
}
