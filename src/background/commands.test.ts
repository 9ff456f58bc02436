import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../shared/settings-store';
import type { TabEnvelope } from '../shared/tab-protocol';
import { listenForCommands } from './commands';
import { fakeEvent } from './fake-event';

describe('keyboard commands', () => {
  const onCommand = fakeEvent<[string, { id?: number; url?: string }?]>();
  const urls = new Map<number, string>();
  let stop: () => void = () => undefined;
  let sendMessage: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    urls.clear();
    sendMessage = vi.fn(async (_tabId: number, message: TabEnvelope) =>
      message.type === 'getPageSummary'
        ? { url: 'https://www.example.com/page', enabled: true, matches: [] }
        : null,
    );
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
    stop = listenForCommands({ onCommand, urlOf: async (id) => urls.get(id) });
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('toggles the site of the page the tab’s script reports', async () => {
    onCommand.fire('toggle-site', { id: 3 });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual(['example.com']);
    expect(sendMessage).toHaveBeenCalledWith(
      3,
      { hypeLens: 1, tab: true, type: 'getPageSummary', data: {} },
      { frameId: 0 },
    );
    onCommand.fire('toggle-site', { id: 3 });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual([]);
  });

  it('falls back to the last reported URL when the page does not answer', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    urls.set(3, 'https://news.example.org/');
    onCommand.fire('toggle-site', { id: 3 });
    await expect.poll(async () => (await loadSettings()).sitesOff).toEqual(['news.example.org']);
  });

  it('asks the top frame of the tab for the next highlight', async () => {
    onCommand.fire('next-highlight', { id: 7 });
    await expect
      .poll(() => sendMessage.mock.calls[0])
      .toEqual([7, { hypeLens: 1, tab: true, type: 'nextHighlight', data: {} }, { frameId: 0 }]);
  });

  it('uses the active tab when the browser does not say which', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.com/' });
    await fakeBrowser.tabs.update(tab.id, { active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    onCommand.fire('next-highlight');
    await expect.poll(() => sendMessage.mock.calls[0]?.[0]).toBe(tab.id);
  });

  it('does nothing for a tab without our script', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    onCommand.fire('next-highlight', { id: 2 });
    onCommand.fire('toggle-site', { id: 2, url: 'chrome://settings' });
    await expect.poll(() => sendMessage.mock.calls.length).toBe(2);
    expect((await loadSettings()).sitesOff).toEqual([]);
  });
});
