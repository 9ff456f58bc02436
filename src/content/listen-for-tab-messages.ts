import { browser, type Browser } from 'wxt/browser';
import { isTabEnvelope, type TabMessageType, type TabProtocolMap } from '../shared/tab-protocol';
import type { Annotator } from './start-annotator';

type TabHandlers = {
  [K in TabMessageType]: (
    data: TabProtocolMap[K]['request'],
  ) => Promise<TabProtocolMap[K]['response']>;
};

function handlersFor(annotator: Annotator, onPacksChanged: () => Promise<void>): TabHandlers {
  return {
    packsChanged: async () => (await onPacksChanged(), null),
    settingsChanged: async () => (await annotator.settingsChanged(), null),
    nextHighlight: async () => (await annotator.nextHighlight(), null),
    getPageSummary: async () => annotator.summary(),
    revealMatch: async ({ index }) => (typeof index === 'number' ? annotator.reveal(index) : false),
  };
}

/**
 * Answers the background's and the popup's tab messages. Only our own
 * extension can reach `runtime.onMessage` in a content script, and
 * anything that is not a well-formed tab envelope is ignored. Only the top
 * frame answers the popup's questions about the page; every frame follows
 * settings changes.
 */
export function listenForTabMessages(
  annotator: Annotator,
  onPacksChanged: () => Promise<void>,
  signal: AbortSignal,
): void {
  const handlers = handlersFor(annotator, onPacksChanged);
  const isTop = window === window.top;
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse?: (response: unknown) => void,
  ): Promise<unknown> | true | undefined => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    if (!isTabEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    if (!isTop && message.type !== 'settingsChanged' && message.type !== 'packsChanged')
      return undefined;
    const handler = handlers[message.type] as (data: unknown) => Promise<unknown>;
    const reply = handler(message.data).catch(() => null);
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () =>
    browser.runtime.onMessage.removeListener(listener as never),
  );
}
