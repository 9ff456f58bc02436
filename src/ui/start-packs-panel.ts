import { checkPack, checkPackText } from '../core/packs/check-pack';
import { mergePacks, type PackEntry } from '../core/packs/merge-packs';
import {
  addOwnRule,
  ownRules,
  removeOwnRule,
  type OwnRule,
  type RuleRow,
} from '../core/packs/own-rules';
import { packError } from '../core/packs/pack-error';
import type { Lang, Pack } from '../core/packs/pack-schema';
import { checkPackUrl } from '../core/packs/pack-url';
import type { Subscription } from '../core/packs/subscription';
import type { PackCopy } from '../shared/pack-store';
import { mount } from './mount';
import { mythsOf, type MythInfo } from './myth-info';
import { packErrorText } from './pack-error-text';
import { createOwnRules } from './render-own-rules';
import { renderSubscriptions, type SubscriptionsHandlers } from './render-subscriptions';
import { uiText, type UiText } from './ui-text';

/** What the rule-pack sections need from storage, the background and the browser (injected for tests). */
export interface PacksDeps {
  /** The bundled packs (loaded lazily: the options page needs them only here). */
  bundled(): Promise<readonly Pack[]>;
  loadSubscriptions(): Promise<Subscription[]>;
  loadCopies(urls: readonly string[]): Promise<Map<string, PackCopy>>;
  updateSubscriptions(change: (subs: Subscription[]) => Subscription[]): Promise<unknown>;
  removeSubscription(url: string): Promise<void>;
  loadBundledOff(): Promise<string[]>;
  setBundledEnabled(id: string, enabled: boolean): Promise<void>;
  loadOwnPack(): Promise<Pack | undefined>;
  saveOwnPack(pack: Pack | undefined): Promise<void>;
  /** Asks the background to fetch the pack at `url` now. */
  refreshPack(url: string): Promise<unknown>;
  /** Calls `onChange` when stored packs or subscriptions change; returns the function that stops it. */
  watchPacks(onChange: () => void): () => void;
  download(name: string, text: string): void;
  now(): number;
}

/** The file name own rules are exported under. */
export const OWN_RULES_FILE_NAME = 'hype-lens-own-rules.json';

interface State {
  bundled: readonly Pack[];
  subs: Subscription[];
  copies: Map<string, PackCopy>;
  off: string[];
  own: Pack | undefined;
}

function entriesOf(state: State): PackEntry[] {
  const entries: PackEntry[] = state.bundled.map((pack) => ({
    pack,
    origin: { kind: 'bundled', id: pack.id },
    enabled: !state.off.includes(pack.id),
  }));
  for (const sub of state.subs) {
    const copy = state.copies.get(sub.url);
    if (copy)
      entries.push({
        pack: copy.pack,
        origin: { kind: 'subscription', url: sub.url },
        enabled: sub.enabled,
      });
  }
  if (state.own) entries.push({ pack: state.own, origin: { kind: 'user' }, enabled: true });
  return entries;
}

/**
 * Runs the options page's rule-pack sections (subscriptions and own rules)
 * in an element of their own, which the rest of the page places and
 * keeps across its redraws. Messages go to `say`.
 */
export async function startPacksPanel(
  doc: Document,
  deps: PacksDeps,
  say: (text: string) => void,
  onMyths: (myths: MythInfo[]) => void = () => undefined,
): Promise<{ element: HTMLElement; myths(): MythInfo[]; setLang(lang: Lang): void; stop(): void }> {
  const element = doc.createElement('div');
  element.id = 'packs-panel';
  const subsRoot = doc.createElement('div');
  const ownRoot = doc.createElement('div');
  element.append(subsRoot, ownRoot);
  let lang: Lang = 'en';
  let t: UiText = uiText(lang);
  const checking = new Set<string>();
  let addError: string | null = null;
  let urlDraft = '';
  const load = async (): Promise<State> => {
    const [bundled, subs, off, own] = await Promise.all([
      deps.bundled(),
      deps.loadSubscriptions(),
      deps.loadBundledOff(),
      deps.loadOwnPack(),
    ]);
    return { bundled, subs, off, own, copies: await deps.loadCopies(subs.map((s) => s.url)) };
  };
  let state = await load();
  let own: ReturnType<typeof createOwnRules> | undefined;

  const myths = () => mythsOf(entriesOf(state).map((e) => e.pack));
  const drawSubs = (focusId?: string): void => {
    const merged = mergePacks(entriesOf(state));
    const view = {
      t,
      lang,
      bundled: state.bundled.map((pack) => ({ pack, enabled: !state.off.includes(pack.id) })),
      subs: state.subs.map((sub) => ({
        sub,
        copy: state.copies.get(sub.url),
        checking: checking.has(sub.url),
      })),
      cards: merged.cards,
      addError,
      urlDraft,
    };
    mount(subsRoot, [renderSubscriptions(view, handlers)], focusId);
  };
  const reload = async (): Promise<void> => {
    state = await load();
    drawSubs();
    own?.setRules(ownRules(state.own), myths());
    onMyths(myths());
  };
  const refresh = (url: string): void => {
    checking.add(url);
    drawSubs();
    void deps
      .refreshPack(url)
      .catch(() => undefined)
      .finally(() => {
        checking.delete(url);
        void reload();
      });
  };
  const handlers: SubscriptionsHandlers = {
    setBundled: (id, enabled) =>
      void deps.setBundledEnabled(id, enabled).catch(() => say(t.saveFailed)),
    setEnabled: (url, enabled) =>
      void deps
        .updateSubscriptions((subs) => subs.map((s) => (s.url === url ? { ...s, enabled } : s)))
        .catch(() => say(t.saveFailed)),
    update: (url) => refresh(url),
    remove: (url) => {
      const name = state.copies.get(url)?.pack.name[lang] ?? url;
      void deps.removeSubscription(url).then(
        () => say(t.packRemoved(name)),
        () => say(t.saveFailed),
      );
    },
    draft: (url) => {
      urlDraft = url;
    },
    add: (typed) => {
      const checked = checkPackUrl(typed);
      const error = !checked.ok
        ? checked.error
        : state.subs.some((s) => s.url === checked.url)
          ? packError('duplicate')
          : undefined;
      if (error || !checked.ok) {
        addError = error ? packErrorText(error, t) : null;
        drawSubs('pack-url');
        return;
      }
      addError = null;
      urlDraft = '';
      const sub: Subscription = { url: checked.url, enabled: true, added: deps.now(), failures: 0 };
      void deps
        .updateSubscriptions((subs) => [...subs, sub])
        .then(
          async () => {
            say(t.packSubscribed(checked.url));
            state = await load();
            refresh(checked.url);
          },
          () => say(t.saveFailed),
        );
    },
  };

  const saveOwn = async (next: Pack | undefined, done: string): Promise<void> => {
    if (next) {
      const result = checkPack(next, { base: state.bundled, cardsOptional: true });
      if (!result.ok) {
        say(t.ownRefused(packErrorText(result.error, t)));
        return;
      }
    }
    try {
      await deps.saveOwnPack(next);
      say(done);
      await reload();
    } catch {
      say(t.saveFailed);
    }
  };
  const today = () => new Date(deps.now()).toISOString().slice(0, 10);
  const drawOwn = (): void => {
    own = createOwnRules({
      t,
      lang,
      myths: myths(),
      rules: ownRules(state.own),
      base: () => state.bundled,
      save: (rule: OwnRule) =>
        void saveOwn(addOwnRule(state.own, rule, today()), t.ownSaved).then(() => {
          if (state.own && ownRules(state.own).some((r) => r.pattern === rule.pattern))
            own?.clear();
        }),
      remove: (row: RuleRow) =>
        void saveOwn(state.own && removeOwnRule(state.own, row), t.ownRemoved),
      exportRules: () => {
        if (!state.own) return say(t.ownRulesEmpty);
        deps.download(OWN_RULES_FILE_NAME, `${JSON.stringify(state.own, null, 2)}\n`);
        say(t.ownExported);
      },
      importRules: (file: File) => {
        file.text().then(
          (text) => {
            const result = checkPackText(text, { base: state.bundled, cardsOptional: true });
            if (!result.ok) return say(t.ownRefused(packErrorText(result.error, t)));
            void saveOwn(result.pack, t.ownImported);
          },
          () => say(t.importUnreadable),
        );
      },
    });
    mount(ownRoot, [own.element]);
  };
  const stopWatching = deps.watchPacks(() => void reload());
  drawSubs();
  drawOwn();
  return {
    element,
    myths,
    setLang(next) {
      if (next === lang) return;
      lang = next;
      t = uiText(lang);
      drawSubs();
      drawOwn();
    },
    stop: stopWatching,
  };
}
