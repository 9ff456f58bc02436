import type { Lang } from '../packs/pack-schema';

/** "On everywhere except the listed sites" or "only on the listed sites". */
export type SiteMode = 'except' | 'only';

/** Highlight only what a page asserts, or also what it reports of others. */
export type Sensitivity = 'assert' | 'report';

/** The language of cards, popup and options: the browser's, or a fixed one. */
export type LanguageChoice = 'browser' | Lang;

/**
 * Everything a user can set. Stored as one item (it fits `storage.sync`);
 * its shape is versioned, see `settings-migrations.ts`.
 */
export interface Settings {
  /** Global pause: nothing is highlighted anywhere. */
  paused: boolean;
  siteMode: SiteMode;
  /** Host rules switched off in 'except' mode; `example.com` also covers its subdomains. */
  sitesOff: string[];
  /** Host rules switched on in 'only' mode. */
  sitesOn: string[];
  /** Myth ids the user turned off. */
  mythsOff: string[];
  sensitivity: Sensitivity;
  language: LanguageChoice;
  /** Hover time before a card opens, in ms (100–2000). */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  siteMode: 'except',
  sitesOff: [],
  sitesOn: [],
  mythsOff: [],
  sensitivity: 'report',
  language: 'browser',
  hoverDelayMs: 400,
});

/** What one page's content script needs to know, resolved by the background for its URL. */
export interface PageSettings {
  /** Site switched on and not paused. */
  enabled: boolean;
  mythsOff: string[];
  sensitivity: Sensitivity;
  /** The resolved card language. */
  lang: Lang;
  hoverDelayMs: number;
  /** Keys of the matches dismissed on this page ("Not hype here"), see `matchKey`. */
  dismissed: string[];
}
