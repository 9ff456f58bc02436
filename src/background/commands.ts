import { browser } from 'wxt/browser';
import { sendTabMessage } from './send-tab-message';
import { toggleSite } from './site-menu';

/** The manifest's command names. */
export const COMMANDS = { nextHighlight: 'next-highlight', toggleSite: 'toggle-site' } as const;

interface CommandEvent {
  addListener(listener: (command: string, tab?: { id?: number; url?: string }) => void): void;
  removeListener(listener: (command: string, tab?: { id?: number; url?: string }) => void): void;
}

export interface CommandDeps {
  onCommand: CommandEvent;
  /** The best known URL of a tab's page when its script does not answer. */
  urlOf: (tabId: number) => Promise<string | undefined>;
}

async function activeTab(tab?: {
  id?: number;
  url?: string;
}): Promise<{ id?: number; url?: string } | undefined> {
  if (tab?.id !== undefined) return tab;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active;
}

async function pageUrl(tabId: number, fallback: string | undefined): Promise<string | undefined> {
  try {
    // The page's own script knows its URL even where the tab's URL is hidden from us.
    return (await sendTabMessage(tabId, 'getPageSummary', {}, 0)).url;
  } catch {
    return fallback;
  }
}

/**
 * The keyboard commands: `toggle-site` switches the active tab's site off
 * or on; `next-highlight` asks its top frame to step to the next highlight.
 * Returns the function that stops listening.
 */
export function listenForCommands(deps: CommandDeps): () => void {
  const run = async (command: string, given?: { id?: number; url?: string }) => {
    const tab = await activeTab(given);
    if (tab?.id === undefined) return;
    if (command === COMMANDS.nextHighlight) {
      await sendTabMessage(tab.id, 'nextHighlight', {}, 0);
    } else if (command === COMMANDS.toggleSite) {
      const url = await pageUrl(tab.id, (await deps.urlOf(tab.id)) ?? tab.url);
      if (url !== undefined) await toggleSite(url);
    }
  };
  const listener = (command: string, tab?: { id?: number; url?: string }) => {
    // A tab without our script (a browser page) cannot take the command: nothing to do.
    void run(command, tab).catch(() => undefined);
  };
  deps.onCommand.addListener(listener);
  return () => deps.onCommand.removeListener(listener);
}
