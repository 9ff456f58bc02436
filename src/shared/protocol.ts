import type { MatcherImage } from '../core/match/matcher-image';
import type { CardView } from '../core/packs/card-view';
import type { PageSettings } from '../core/settings/settings';

/** How many matches a frame found, per myth; `enabled` is false when the site is off. */
export interface MatchReport {
  enabled: boolean;
  count: number;
  myths: Record<string, number>;
}

/**
 * Every message our scripts send to the background, with its request and
 * response: one typed map, one named handler per message (see
 * background/handlers). The background answers for the sender's tab and
 * frame where it matters (`sender.tab.id`, `sender.frameId`).
 */
export interface ProtocolMap {
  getCard: { request: { myth: string }; response: CardView | null };
  /** The packs in force, compiled once by the background (see core/match/matcher-image). */
  getMatcherImage: { request: Record<string, never>; response: MatcherImage | null };
  /** Options page: fetch the subscribed pack at `url` now; the result lands in storage. */
  refreshPack: { request: { url: string }; response: null };
  /** The settings in force for the page at `url` (the sender's own URL). */
  getPageSettings: { request: { url: string }; response: PageSettings };
  /** A frame's current matches, for the badge; sent after every scan. */
  reportMatches: { request: MatchReport; response: null };
  /** "Not hype here": remembers `key` (see core/settings/match-key) for the page at `url`. */
  dismissMatch: { request: { url: string; key: string }; response: null };
  /** "Hide this myth": turns the myth off everywhere (undo in options). */
  hideMyth: { request: { myth: string }; response: null };
}

export type MessageType = keyof ProtocolMap;

/** The envelope every message travels in. */
export interface Envelope<K extends MessageType = MessageType> {
  hypeLens: 1;
  type: K;
  data: ProtocolMap[K]['request'];
}

/** Is this a well-formed message of ours? Anything else is ignored. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Envelope>;
  return (
    v.hypeLens === 1 && typeof v.type === 'string' && typeof v.data === 'object' && v.data !== null
  );
}
