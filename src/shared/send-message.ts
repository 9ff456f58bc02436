import { browser } from 'wxt/browser';
import type { Envelope, MessageType, ProtocolMap } from './protocol';

/** Sends a typed message to the background worker and returns its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['request'],
): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { hypeLens: 1, type, data };
  return (await browser.runtime.sendMessage(envelope)) as ProtocolMap[K]['response'];
}
