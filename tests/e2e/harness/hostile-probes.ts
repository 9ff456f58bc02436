/*
 * Probes for the hostile pages. Serialised like page-probes (self-contained).
 * The hostile-scripts page breaks the DOM APIs the ordinary probes use, and
 * keeps the originals these probes need in `window.__keep`.
 */
import type { Box } from './page-probes.js';

interface Kept {
  toString: (this: Range) => string;
  getClientRects: (this: Range) => DOMRectList;
  elementRect: (this: Element) => DOMRect;
  highlights: HighlightRegistry;
}

interface HostileState {
  tampered: string[];
  hits: string[];
  payload: number;
}

export interface HostileReport {
  ranges: { name: string; text: string; lines: Box[] }[];
  /** Traps any code ran into (the page's own view: our isolated world should never reach them). */
  hits: string[];
  tampered: number;
  /** How many times a payload in the page's text ran. */
  payload: number;
  /** Shadow-root hosts named like ours: [id or '', has a card]. */
  hosts: [string, boolean][];
}

/** What the hostile page sees: our highlights, its traps, its payload counter, the UI hosts. */
export function readHostile(prefix: string): HostileReport {
  const w = window as unknown as { __keep: Kept; __hostile: HostileState };
  const ranges: HostileReport['ranges'] = [];
  w.__keep.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((r) => {
      const range = r as Range;
      const lines = [...w.__keep.getClientRects.call(range)].map((l) => ({
        x: l.x,
        y: l.y,
        width: l.width,
        height: l.height,
      }));
      ranges.push({ name, text: w.__keep.toString.call(range), lines });
    });
  });
  const hosts = [...document.querySelectorAll('hype-lens-ui')].map((h): [string, boolean] => [
    h.id,
    Boolean(h.shadowRoot?.querySelector('[data-myth]')),
  ]);
  return {
    ranges,
    hits: [...w.__hostile.hits],
    tampered: w.__hostile.tampered.length,
    payload: w.__hostile.payload,
    hosts,
  };
}

/** The card in our UI host (the host the page did not make), if one is shown. */
export function readOurCard(): { myth: string | null; width: number } | null {
  const w = window as unknown as { __keep?: Kept };
  for (const host of document.querySelectorAll('hype-lens-ui')) {
    const card = host.shadowRoot?.querySelector('[data-myth]');
    if (!card || host.id === 'fake') continue;
    const rect = w.__keep ? w.__keep.elementRect.call(card) : card.getBoundingClientRect();
    return { myth: (card as HTMLElement).dataset.myth ?? null, width: rect.width };
  }
  return null;
}

/**
 * Dispatches synthetic events at our open card as a page script could: an
 * Escape key, a pointerdown outside, and `.click()` on each of the card's
 * buttons ("Not hype here", "Hide this myth"). Returns whether the card was
 * still shown after each, checked synchronously (our listeners run during
 * dispatch).
 */
export function pokeOurCard(): Record<string, boolean> {
  const ours = () =>
    [...document.querySelectorAll('hype-lens-ui')].find(
      (h) => h.id !== 'fake' && h.shadowRoot?.querySelector('[data-myth]'),
    );
  const out: Record<string, boolean> = {};
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  out.escape = ours() !== undefined;
  (document.querySelector('body') as HTMLElement).dispatchEvent(
    new PointerEvent('pointerdown', { bubbles: true, composed: true }),
  );
  out.pointerdown = ours() !== undefined;
  const buttons = [...(ours()?.shadowRoot?.querySelectorAll('button') ?? [])];
  buttons.forEach((button, i) => {
    button.click();
    out[`button${i}`] = ours() !== undefined;
  });
  out.buttons = buttons.length > 0;
  return out;
}

/** Messages a page can send at an extension: window.postMessage, and chrome.runtime where it exists. */
export function messageUs(extensionId: string): string[] {
  const tried: string[] = [];
  const envelopes = [
    { hypeLens: 1, type: 'hideMyth', data: { myth: 'scaling-laws' } },
    { hypeLens: 1, tab: true, type: 'settingsChanged', data: {} },
    { hypeLens: 1, tab: true, type: 'nextHighlight', data: {} },
    { hypeLens: 1, type: 'dismissMatch', data: { url: location.href, key: 'x' } },
  ];
  for (const envelope of envelopes) {
    window.postMessage(envelope, '*');
    tried.push(`postMessage ${envelope.type}`);
  }
  const runtime = (
    globalThis as unknown as {
      chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } };
    }
  ).chrome?.runtime;
  if (typeof runtime?.sendMessage === 'function') {
    for (const envelope of envelopes) {
      try {
        void Promise.resolve(runtime.sendMessage(extensionId, envelope)).catch(() => undefined);
        tried.push(`runtime.sendMessage ${envelope.type}`);
      } catch (error) {
        tried.push(`runtime.sendMessage refused: ${String(error)}`);
      }
    }
  }
  return tried;
}

/** The stored settings and dismissed matches, read in the extension. */
export async function readStoredState(): Promise<{ mythsOff: unknown; dismissed: unknown }> {
  interface StorageApi {
    storage: {
      sync: { get(k: string): Promise<Record<string, unknown>> };
      local: { get(k: string): Promise<Record<string, unknown>> };
    };
  }
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = (g.browser ?? g.chrome) as StorageApi;
  const sync = await api.storage.sync.get('settings').catch(() => ({}) as Record<string, unknown>);
  const local = await api.storage.local.get('settings');
  const settings = (sync.settings ?? local.settings) as { mythsOff?: unknown } | undefined;
  const dismissed = (await api.storage.local.get('dismissed')).dismissed;
  return { mythsOff: settings?.mythsOff ?? [], dismissed: dismissed ?? {} };
}

export interface OurCardStyle {
  visible: boolean;
  width: number;
  fontSize: string;
  fontFamily: string;
  letterSpacing: string;
  color: string;
}

/** How our card (not a host the page made, id="fake") renders: size, visibility and a few styles. */
export function readOurCardStyle(): OurCardStyle | null {
  for (const host of document.querySelectorAll('hype-lens-ui')) {
    const card = host.shadowRoot?.querySelector<HTMLElement>('[data-myth]');
    if (!card || host.id === 'fake') continue;
    const rect = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      visible:
        rect.width > 0 &&
        rect.height > 0 &&
        card.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      width: rect.width,
      fontSize: style.fontSize,
      fontFamily: style.fontFamily,
      letterSpacing: style.letterSpacing,
      color: style.color,
    };
  }
  return null;
}

/** The computed styles of the page's elements that have an id (a page-side snapshot to compare). */
export function readPageStyles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of document.querySelectorAll('body [id]')) {
    const s = getComputedStyle(el);
    out[el.id] = [s.display, s.color, s.fontSize, s.fontFamily, s.backgroundColor, s.margin].join(
      ' | ',
    );
  }
  const root = getComputedStyle(document.documentElement);
  out[':root'] = [root.fontSize, root.color, root.overflow].join(' | ');
  return out;
}

/** Writes `garbage` over our storage keys, as a corrupted profile or a buggy old version might. */
export async function writeGarbage(garbage: {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}): Promise<void> {
  interface StorageArea {
    clear(): Promise<void>;
    set(items: Record<string, unknown>): Promise<void>;
  }
  interface StorageApi {
    storage: { sync: StorageArea; local: StorageArea };
  }
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = (g.browser ?? g.chrome) as StorageApi;
  await api.storage.local.clear();
  await api.storage.sync.clear().catch(() => undefined);
  await api.storage.local.set(garbage.local);
  // A temporary Firefox add-on may have no sync area: the local garbage is tested all the same.
  await api.storage.sync.set(garbage.sync).catch(() => undefined);
}
