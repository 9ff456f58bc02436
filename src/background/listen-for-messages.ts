import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, type MessageType } from '../shared/protocol';
import type { Handlers } from './handlers';

/**
 * Answers our own scripts' messages. Messages from another sender id and
 * malformed ones are ignored. Works with listeners that return a Promise
 * and with `sendResponse` (Chrome without the polyfill, both fake browsers).
 */
export function listenForMessages(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse?: (response: unknown) => void,
  ): Promise<unknown> | true | undefined => {
    // onMessage hears only our own extension; an explicit other id is refused all the same.
    if ((sender.id !== undefined && sender.id !== browser.runtime.id) || !isEnvelope(message))
      return undefined;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as MessageType] as (
      data: unknown,
      s: typeof sender,
    ) => Promise<unknown>;
    const reply = handler(message.data, sender).catch((error: unknown) => {
      console.error(`Hype Lens: ${message.type} failed`, error);
      return null;
    });
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
