import type { Browser } from 'wxt/browser';
import { cardView } from '../core/packs/card-view';
import type { Pack } from '../core/packs/pack-schema';
import { toMatcherSource } from '../core/packs/to-matcher-source';
import type { MessageType, ProtocolMap } from '../shared/protocol';
import { langFromLocale } from '../shared/ui-strings';

/** What handlers may use: the packs in force and the browser's UI language. */
export interface HandlerDeps {
  packs: () => readonly Pack[];
  uiLocale: () => string;
}

type Handler<K extends MessageType> = (
  data: ProtocolMap[K]['request'],
  sender: Browser.runtime.MessageSender,
) => Promise<ProtocolMap[K]['response']>;

export type Handlers = { [K in MessageType]: Handler<K> };

/** One named handler per message of the protocol. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    async getCard({ myth }) {
      if (typeof myth !== 'string') return null;
      return cardView(deps.packs(), myth, langFromLocale(deps.uiLocale())) ?? null;
    },
    async getMatcherPacks() {
      return deps.packs().map(toMatcherSource);
    },
  };
}
