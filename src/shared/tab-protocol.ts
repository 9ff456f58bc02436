import type { Stance } from '../core/packs/pack-schema';

/** One highlighted match as the popup lists it. */
export interface PageMatch {
  /** Position in document order; `revealMatch` takes it back. */
  index: number;
  text: string;
  myth: string;
  stance: Stance;
}

/** What the content script of a tab's top frame says about its page. */
export interface PageSummary {
  url: string;
  enabled: boolean;
  matches: PageMatch[];
}

/**
 * Messages the background and the popup send to a tab's content script
 * (`tabs.sendMessage`), in the same envelope as `ProtocolMap`.
 */
export interface TabProtocolMap {
  /** Settings changed: ask for `getPageSettings` again and apply at once. */
  settingsChanged: { request: Record<string, never>; response: null };
  /** The packs in force changed (subscription updated, own rule saved): fetch them, recompile, rescan. */
  packsChanged: { request: Record<string, never>; response: null };
  /** The keyboard command: step to the next highlight and open its card with focus in it. */
  nextHighlight: { request: Record<string, never>; response: null };
  getPageSummary: { request: Record<string, never>; response: PageSummary };
  /** Scroll to match `index` of the summary and open its card. */
  revealMatch: { request: { index: number }; response: boolean };
}

export type TabMessageType = keyof TabProtocolMap;

/** The envelope of a tab message. */
export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  hypeLens: 1;
  tab: true;
  type: K;
  data: TabProtocolMap[K]['request'];
}

/** Is this a well-formed tab message of ours? */
export function isTabEnvelope(value: unknown): value is TabEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TabEnvelope>;
  return (
    v.hypeLens === 1 &&
    v.tab === true &&
    typeof v.type === 'string' &&
    typeof v.data === 'object' &&
    v.data !== null
  );
}
