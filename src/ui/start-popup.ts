import type { Lang } from '../core/packs/pack-schema';
import { resolveLang } from '../core/settings/resolve-lang';
import type { Settings } from '../core/settings/settings';
import { pageHost } from '../core/settings/site-rule';
import { setSiteEnabled } from '../core/settings/site-rules';
import type { PageSummary } from '../shared/tab-protocol';
import { h } from './h';
import { mount } from './mount';
import type { MythInfo } from './myth-info';
import { renderPopup, type PopupPage } from './render-popup';
import { uiText, type UiText } from './ui-text';

/** The tab the popup is about. */
export interface PopupTab {
  id: number;
  url?: string;
}

/** What the popup needs from the browser and the settings store (injected, so tests can fake it). */
export interface PopupDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  findTab(): Promise<PopupTab | null>;
  /** Asks the tab's content script; rejects when there is none. */
  getSummary(tabId: number): Promise<PageSummary>;
  /** Tells the tab's content script to apply the settings now; resolves once applied. */
  applySettings(tabId: number): Promise<void>;
  reveal(tabId: number, index: number): Promise<boolean>;
  openOptions(): void;
  /** After a claim was revealed: a real popup closes so the card is in view. */
  afterReveal(): void;
  uiLocale: string;
  myths: readonly MythInfo[];
}

async function readPage(deps: PopupDeps, tab: PopupTab | null): Promise<PopupPage> {
  if (!tab) return { kind: 'no-tab' };
  try {
    return { kind: 'read', summary: await deps.getSummary(tab.id) };
  } catch {
    const url = tab.url ?? '';
    return { kind: pageHost(url) === null ? 'unreadable' : 'not-read', url };
  }
}

/**
 * Runs the popup in `root`: shows the tab's page and switches, saves what
 * the user changes, and follows settings changed elsewhere. Messages go to
 * the live region `status`. Returns a function that stops watching.
 */
export async function startPopup(
  root: HTMLElement,
  status: HTMLElement,
  deps: PopupDeps,
): Promise<() => void> {
  let lang: Lang = resolveLang('browser', deps.uiLocale);
  const say = (pick: (t: UiText) => string): void => {
    status.textContent = pick(uiText(lang));
  };
  let settings: Settings;
  try {
    settings = await deps.loadSettings();
  } catch {
    mount(root, [h('p', { class: 'note problem' }, uiText(lang).loadFailed)]);
    return () => undefined;
  }
  const tab = await deps.findTab().catch(() => null);
  let page = await readPage(deps, tab);

  const save = (change: (s: Settings) => Settings): void => {
    deps.updateSettings(change).catch(() => say((t) => t.saveFailed));
  };
  const handlers = {
    setSite: (url: string, on: boolean) => save((s) => setSiteEnabled(s, url, on)),
    setPaused: (paused: boolean) => save((s) => ({ ...s, paused })),
    reveal: (index: number) => {
      if (!tab) return;
      deps.reveal(tab.id, index).then(
        (shown) => (shown ? deps.afterReveal() : say((t) => t.revealFailed)),
        () => say((t) => t.revealFailed),
      );
    },
    openOptions: () => deps.openOptions(),
  };
  const draw = (): void => {
    lang = resolveLang(settings.language, deps.uiLocale);
    const doc = root.ownerDocument;
    doc.documentElement.lang = lang;
    doc.title = uiText(lang).appName;
    mount(root, renderPopup({ lang, myths: deps.myths, settings, page }, handlers));
  };
  draw();

  // The content script hears of the change from the background too; asking it here
  // first means the summary read next already reflects the new settings.
  const refresh = async (): Promise<void> => {
    if (!tab || page.kind !== 'read') return;
    await deps.applySettings(tab.id).catch(() => undefined);
    page = await readPage(deps, tab);
    draw();
  };
  return deps.watchSettings((next) => {
    settings = next;
    draw();
    void refresh();
  });
}
