import type { Browser } from 'wxt/browser';
import { cardView } from '../core/packs/card-view';
import type { MergedPacks } from '../core/packs/merge-packs';
import type { Pack } from '../core/packs/pack-schema';
import { toMatcherSource } from '../core/packs/to-matcher-source';
import { pageKey } from '../core/settings/match-key';
import { resolveLang } from '../core/settings/resolve-lang';
import { resolvePageSettings } from '../core/settings/resolve-page-settings';
import type { MatchReport, MessageType, ProtocolMap } from '../shared/protocol';
import type { MatcherSource } from '../core/match/compiled-matcher';
import { matcherImageOf } from './matcher-image-of';
import {
  addDismissed,
  loadDismissed,
  loadSettings,
  updateSettings,
} from '../shared/settings-store';

/** Where a report came from: the sender's tab and frame, and the frame's URL. */
export interface ReportOrigin {
  tabId: number;
  frameId: number;
  url?: string;
  /** Is the tab the active one in its window? */
  active: boolean;
}

/** What handlers may use: the packs in force, the browser's UI language, and where match reports go. */
export interface HandlerDeps {
  packs: () => readonly Pack[];
  /** The packs in force with subscriptions and own rules merged in; `packs` alone when absent. */
  merged?: () => Promise<MergedPacks>;
  /** Fetches the subscription at `url` now (from the options page's "Update now" and "Subscribe"). */
  refreshPack?: (url: string) => Promise<void>;
  uiLocale: () => string;
  onReport: (report: MatchReport, origin: ReportOrigin) => Promise<void>;
}

type Handler<K extends MessageType> = (
  data: ProtocolMap[K]['request'],
  sender: Browser.runtime.MessageSender,
) => Promise<ProtocolMap[K]['response']>;

export type Handlers = { [K in MessageType]: Handler<K> };

function isMatchReport(value: unknown): value is MatchReport {
  const r = value as Partial<MatchReport>;
  return typeof r.enabled === 'boolean' && typeof r.count === 'number';
}

/** One named handler per message of the protocol. */
export function createHandlers(deps: HandlerDeps): Handlers {
  let bundled: { packs: readonly Pack[]; sources: MatcherSource[] } | undefined;
  /** The bundled packs' sources, the same array while the packs are the same objects. */
  const bundledSources = (): MatcherSource[] => {
    const packs = deps.packs();
    const same =
      bundled?.packs.length === packs.length && packs.every((p, i) => p === bundled?.packs[i]);
    if (!same || !bundled) bundled = { packs, sources: packs.map(toMatcherSource) };
    return bundled.sources;
  };
  return {
    async getCard({ myth }) {
      if (typeof myth !== 'string') return null;
      const lang = resolveLang((await loadSettings()).language, deps.uiLocale());
      const packs = deps.merged ? (await deps.merged()).packs : deps.packs();
      return cardView(packs, myth, lang) ?? null;
    },
    async refreshPack({ url }) {
      if (typeof url === 'string') await deps.refreshPack?.(url);
      return null;
    },
    async getMatcherImage() {
      return matcherImageOf(deps.merged ? (await deps.merged()).sources : bundledSources());
    },
    async getPageSettings({ url }, sender) {
      const page = typeof url === 'string' ? url : (sender.url ?? '');
      const [settings, dismissed] = await Promise.all([loadSettings(), loadDismissed()]);
      return resolvePageSettings(page, settings, dismissed[pageKey(page)] ?? [], deps.uiLocale());
    },
    async reportMatches(report, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || !isMatchReport(report)) return null;
      const origin = { tabId, frameId: sender.frameId ?? 0, active: sender.tab?.active === true };
      await deps.onReport(
        report,
        sender.url === undefined ? origin : { ...origin, url: sender.url },
      );
      return null;
    },
    async dismissMatch({ url, key }) {
      if (typeof url === 'string' && typeof key === 'string') await addDismissed(url, key);
      return null;
    },
    async hideMyth({ myth }) {
      if (typeof myth !== 'string' || myth === '') return null;
      await updateSettings((s) =>
        s.mythsOff.includes(myth) ? s : { ...s, mythsOff: [...s.mythsOff, myth] },
      );
      return null;
    },
  };
}
