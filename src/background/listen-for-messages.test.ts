import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { loadDismissed, loadSettings } from '../shared/settings-store';
import { createHandlers, type HandlerDeps } from './handlers';
import { listenForMessages } from './listen-for-messages';

/*
 * After an update, a content script of the previous version can live on in
 * an open tab and keep talking to the new background. Whatever it sends,
 * the background answers nothing or null, changes nothing, and keeps
 * answering the messages it knows.
 */
describe('listenForMessages, given messages from an older content script', () => {
  const onReport = vi.fn<HandlerDeps['onReport']>(async () => undefined);
  let stop: () => void = () => undefined;
  let packs: HandlerDeps['packs'] = () => [essayPack];

  beforeEach(() => {
    fakeBrowser.reset();
    onReport.mockClear();
    packs = () => [essayPack];
    stop = listenForMessages(
      createHandlers({ packs: () => packs(), uiLocale: () => 'en-US', onReport }),
    );
  });
  afterEach(() => stop());

  it.each([
    ['a type this version does not know', { hypeLens: 1, type: 'getSettings', data: {} }],
    ['a type named like an Object method', { hypeLens: 1, type: 'hasOwnProperty', data: {} }],
    ['__proto__ as the type', { hypeLens: 1, type: '__proto__', data: {} }],
    ['a newer envelope version', { hypeLens: 2, type: 'getCard', data: { myth: 'agi-imminent' } }],
    ['no envelope version', { type: 'hideMyth', data: { myth: 'agi-imminent' } }],
    ['no data', { hypeLens: 1, type: 'hideMyth' }],
    ['null data', { hypeLens: 1, type: 'dismissMatch', data: null }],
    ['a string for data', { hypeLens: 1, type: 'getCard', data: 'agi-imminent' }],
    ['a number for the type', { hypeLens: 1, type: 7, data: {} }],
    ['no message at all', undefined],
    ['a bare string', 'getCard'],
  ])('ignores %s', async (_name, message) => {
    expect(await fakeBrowser.runtime.sendMessage(message)).toBeUndefined();
  });

  it.each([
    ['getCard without a myth', { hypeLens: 1, type: 'getCard', data: {} }],
    ['hideMyth without a myth', { hypeLens: 1, type: 'hideMyth', data: {} }],
    ['hideMyth with an empty myth', { hypeLens: 1, type: 'hideMyth', data: { myth: '' } }],
    ['dismissMatch without a key', { hypeLens: 1, type: 'dismissMatch', data: { url: 'x' } }],
    ['reportMatches without a count', { hypeLens: 1, type: 'reportMatches', data: {} }],
    [
      'reportMatches from no tab',
      { hypeLens: 1, type: 'reportMatches', data: { enabled: true, count: 2, myths: {} } },
    ],
  ])('answers null to %s and changes nothing', async (_name, message) => {
    // null, which the fake browser hands back as undefined
    expect((await fakeBrowser.runtime.sendMessage(message)) ?? null).toBeNull();
    expect(onReport).not.toHaveBeenCalled();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadDismissed()).toEqual({});
  });

  it('answers null when a handler fails, and goes on answering', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    packs = () => {
      throw new Error('packs gone');
    };
    const failing = { hypeLens: 1, type: 'getMatcherImage', data: {} };
    expect((await fakeBrowser.runtime.sendMessage(failing)) ?? null).toBeNull();
    packs = () => [essayPack];
    expect(error).toHaveBeenCalled();
    const card = await fakeBrowser.runtime.sendMessage({
      hypeLens: 1,
      type: 'getCard',
      data: { myth: 'agi-imminent' },
    });
    expect(card).toMatchObject({ myth: 'agi-imminent' });
  });
});
