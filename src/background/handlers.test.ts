import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { sendMessage } from '../shared/send-message';
import { loadDismissed, loadSettings, saveSettings } from '../shared/settings-store';
import { createHandlers, type HandlerDeps } from './handlers';
import { listenForMessages } from './listen-for-messages';

describe('background handlers', () => {
  let locale = 'en-US';
  const onReport = vi.fn<HandlerDeps['onReport']>(async () => undefined);
  const handlers = createHandlers({ packs: () => [essayPack], uiLocale: () => locale, onReport });
  const tabSender = (frameId: number, active = true) => ({
    tab: { id: 4, active } as never,
    frameId,
    url: 'https://example.com/post',
  });

  beforeEach(() => {
    fakeBrowser.reset();
    onReport.mockClear();
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

  it('answers getCard in the language the user chose over the browser language', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'ko' });
    expect(await handlers.getCard({ myth: 'scaling-laws' }, {})).toMatchObject({ lang: 'ko' });
  });

  it('resolves the charts a card names', async () => {
    const view = await handlers.getCard({ myth: 'trend-extrapolation' }, {});
    expect(view?.charts.map((c) => c.id)).toEqual(['cpu-clock', 'airspeed-record']);
  });

  it('answers getCard and getMatcherImage from the merged packs when given them', async () => {
    const robots = {
      ...essayPack,
      id: 'robots',
      myths: [{ ...essayPack.myths[0]!, id: 'robots' }],
    };
    const merged = createHandlers({
      packs: () => [essayPack],
      merged: async () => ({ packs: [essayPack, robots], sources: [], cards: [] }),
      uiLocale: () => 'en',
      onReport,
    });
    expect(await merged.getCard({ myth: 'robots' }, {})).toMatchObject({ myth: 'robots' });
    expect((await merged.getMatcherImage({}, {}))?.triggers).toEqual([]);
  });

  it('passes a refreshPack request on to the updater, and ignores a malformed one', async () => {
    const refreshPack = vi.fn(async () => undefined);
    const withUpdater = createHandlers({
      packs: () => [],
      refreshPack,
      uiLocale: () => 'en',
      onReport,
    });
    await withUpdater.refreshPack({ url: 'https://a.example/p.json' }, {});
    await withUpdater.refreshPack({ url: 7 } as never, {});
    expect(refreshPack).toHaveBeenCalledTimes(1);
    expect(refreshPack).toHaveBeenCalledWith('https://a.example/p.json');
  });

  it('answers null for a myth no pack knows, and for a malformed request', async () => {
    expect(await handlers.getCard({ myth: 'flat-earth' }, {})).toBeNull();
    expect(await handlers.getCard({ myth: 42 as unknown as string }, {})).toBeNull();
  });

  it('sends pages the patterns without the cards', async () => {
    const image = await handlers.getMatcherImage({}, {});
    expect(image?.myths).toHaveLength(essayPack.myths.length);
    expect(JSON.stringify(image)).not.toContain(essayPack.myths[0]!.card.en!.verdict);
  });

  it('resolves page settings from the stored settings and the page’s dismissed matches', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      sitesOff: ['off.example'],
      mythsOff: ['agi-imminent'],
    });
    await handlers.dismissMatch({ url: 'https://example.com/post?ref=x', key: 'm|phrase' }, {});
    expect(await handlers.getPageSettings({ url: 'https://example.com/post' }, {})).toEqual({
      enabled: true,
      mythsOff: ['agi-imminent'],
      sensitivity: 'report',
      lang: 'en',
      hoverDelayMs: 400,
      dismissed: ['m|phrase'],
    });
    const offPage = await handlers.getPageSettings({ url: 'https://www.off.example/' }, {});
    expect(offPage).toMatchObject({ enabled: false, dismissed: [] });
  });

  it('passes a frame’s report on with its tab, frame and URL', async () => {
    const report = { enabled: true, count: 3, myths: { 'agi-imminent': 3 } };
    expect(await handlers.reportMatches(report, tabSender(2, false))).toBeNull();
    expect(onReport).toHaveBeenCalledWith(report, {
      tabId: 4,
      frameId: 2,
      url: 'https://example.com/post',
      active: false,
    });
  });

  it.each([
    ['without a tab', { enabled: true, count: 1, myths: {} }, { frameId: 0 }],
    ['that is malformed', { enabled: 'yes', count: 1, myths: {} }, tabSender(0)],
  ])('ignores a report %s', async (_name, report, sender) => {
    await handlers.reportMatches(report as never, sender);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('hides a myth once, however often asked', async () => {
    await handlers.hideMyth({ myth: 'agi-imminent' }, {});
    await handlers.hideMyth({ myth: 'agi-imminent' }, {});
    expect((await loadSettings()).mythsOff).toEqual(['agi-imminent']);
  });

  it('ignores malformed dismiss and hide requests', async () => {
    await handlers.dismissMatch({ url: 3, key: 'k' } as never, {});
    await handlers.hideMyth({ myth: null } as never, {});
    expect(await loadDismissed()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
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
