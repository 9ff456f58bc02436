import type { MatcherSource } from '../core/match/compiled-matcher';
import type { CardView } from '../core/packs/card-view';

/**
 * Every message between our scripts, with its request and response: one
 * typed map, one named handler per message (see background/handlers).
 */
export interface ProtocolMap {
  getCard: { request: { myth: string }; response: CardView | null };
  getMatcherPacks: { request: Record<string, never>; response: MatcherSource[] };
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
