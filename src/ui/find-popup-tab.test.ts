import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findPopupTab } from './find-popup-tab';

describe('the tab the popup is about', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is the active tab of the current window', async () => {
    // The fake browser cannot make a tab active, so its answer is stubbed; the question is what is checked.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 9, url: 'https://b.test/' } as Browser.tabs.Tab]);
    expect(await findPopupTab('')).toEqual({ id: 9, url: 'https://b.test/' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('is no tab when the window has none', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await findPopupTab('')).toBeNull();
  });

  it('is the tab named by ?tab=<id> when the popup is opened as a tab for testing', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://b.test/' });
    await fakeBrowser.tabs.update(other.id!, { active: true });
    expect(await findPopupTab(`?tab=${named.id}`)).toMatchObject({ id: named.id });
  });
});
