import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { sendMessage } from '../shared/send-message';
import { createHandlers } from './handlers';
import { listenForMessages } from './listen-for-messages';

describe('background handlers', () => {
  let locale = 'en-US';
  const handlers = createHandlers({ packs: () => [essayPack], uiLocale: () => locale });

  beforeEach(() => {
    fakeBrowser.reset();
    locale = 'en-US';
  });

  it('answers getCard with the card in the browser language', async () => {
    const en = await handlers.getCard({ myth: 'scaling-laws' }, {});
    expect(en).toMatchObject({ myth: 'scaling-laws', lang: 'en' });
    expect(en?.card.verdict).toBe(essayPack.myths[0]!.card.en!.verdict);
    locale = 'ko';
    const ko = await handlers.getCard({ myth: 'scaling-laws' }, {});
    expect(ko).toMatchObject({ lang: 'ko' });
    expect(ko?.card.verdict).toBe(essayPack.myths[0]!.card.ko!.verdict);
  });

  it('resolves the charts a card names', async () => {
    const view = await handlers.getCard({ myth: 'trend-extrapolation' }, {});
    expect(view?.charts.map((c) => c.id)).toEqual(['cpu-clock', 'airspeed-record']);
  });

  it('answers null for a myth no pack knows, and for a malformed request', async () => {
    expect(await handlers.getCard({ myth: 'flat-earth' }, {})).toBeNull();
    expect(await handlers.getCard({ myth: 42 as unknown as string }, {})).toBeNull();
  });

  it('sends pages the patterns without the cards', async () => {
    const [source] = await handlers.getMatcherPacks({}, {});
    expect(source?.myths).toHaveLength(essayPack.myths.length);
    expect(JSON.stringify(source)).not.toContain(essayPack.myths[0]!.card.en!.verdict);
  });

  it('answers our own messages through runtime messaging and ignores malformed ones', async () => {
    const stop = listenForMessages(handlers);
    const view = await sendMessage('getCard', { myth: 'agi-imminent' });
    expect(view?.myth).toBe('agi-imminent');
    const malformed = await fakeBrowser.runtime.sendMessage({
      type: 'getCard',
      data: { myth: 'agi-imminent' },
    });
    expect(malformed).toBeUndefined();
    const unknown = await fakeBrowser.runtime.sendMessage({
      hypeLens: 1,
      type: 'toString',
      data: {},
    });
    expect(unknown).toBeUndefined();
    stop();
  });
});
