import { resolveLang } from '../core/settings/resolve-lang';
import type { SettingChange } from '../core/settings/settings-file';
import { planImport, settingChanges } from '../core/settings/settings-file';
import type { Settings } from '../core/settings/settings';
import { h } from './h';
import { mount } from './mount';
import type { MythInfo } from './myth-info';
import { importErrorText } from './import-error-text';
import type { OptionsHandlers, OptionsView } from './options-view';
import { removeButtonId } from './render-maintenance';
import { renderOptions } from './render-options';
import { startPacksPanel, type PacksDeps } from './start-packs-panel';
import { uiText, type UiText } from './ui-text';

/** What the options page needs from the settings store and the browser (injected for tests). */
export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  loadDismissed(): Promise<Record<string, string[]>>;
  clearDismissed(): Promise<void>;
  resetSettings(): Promise<unknown>;
  exportSettingsFile(): Promise<string>;
  applyImport(next: Settings): Promise<unknown>;
  /** Offers `text` to the user as a file download named `name`. */
  download(name: string, text: string): void;
  uiLocale: string;
  myths: readonly MythInfo[];
  /** Subscriptions and own rules; the page works without them. */
  packs?: PacksDeps;
}

/** The file name an export is saved under. */
export const EXPORT_FILE_NAME = 'hype-lens-settings.json';

function countDismissed(pages: Record<string, string[]>): OptionsView['dismissed'] {
  const lists = Object.values(pages);
  return { claims: lists.reduce((n, keys) => n + keys.length, 0), pages: lists.length };
}

/** The remove button to focus once `rule` is gone: the next one, else the previous, else the heading. */
function focusAfterRemoval(rules: readonly string[], rule: string): string {
  const at = rules.indexOf(rule);
  const neighbour = rules[at + 1] ?? rules[at - 1];
  return neighbour === undefined ? 'sites-heading' : removeButtonId(neighbour);
}

/**
 * Runs the options page in `root`: every control saves at once, changes
 * made elsewhere show up, and messages go to the live region `status`.
 * Returns a function that stops watching.
 */
export async function startOptions(
  root: HTMLElement,
  status: HTMLElement,
  deps: OptionsDeps,
): Promise<() => void> {
  let t: UiText = uiText(resolveLang('browser', deps.uiLocale));
  let settings: Settings;
  let dismissed: OptionsView['dismissed'];
  try {
    settings = await deps.loadSettings();
    dismissed = countDismissed(await deps.loadDismissed());
  } catch {
    mount(root, [h('p', { class: 'note problem' }, t.loadFailed)]);
    return () => undefined;
  }
  // Subscribed packs and own rules bring myths of their own: list them too, so a myth hidden
  // from its card can be switched back on here.
  let myths = deps.myths;
  const packsPanel = deps.packs
    ? await startPacksPanel(
        root.ownerDocument,
        deps.packs,
        (text) => {
          status.textContent = text;
        },
        (next) => {
          myths = next;
          draw();
        },
      ).catch((error: unknown) => {
        console.warn('Hype Lens: rule packs unavailable', error);
        return undefined;
      })
    : undefined;
  if (packsPanel) myths = packsPanel.myths();
  let pending: { next: Settings; changes: SettingChange[] } | null = null;
  let confirmingReset = false;
  const say = (pick: (t: UiText) => string): void => {
    status.textContent = pick(t);
  };

  const draw = (focusId?: string): void => {
    const lang = resolveLang(settings.language, deps.uiLocale);
    t = uiText(lang);
    const doc = root.ownerDocument;
    doc.documentElement.lang = lang;
    doc.title = t.optionsTitle;
    packsPanel?.setLang(lang);
    const view: OptionsView = {
      lang,
      t,
      myths,
      settings,
      dismissed,
      pendingImport: pending?.changes ?? null,
      confirmingReset,
      packsPanel: packsPanel?.element ?? null,
    };
    mount(root, renderOptions(view, handlers), focusId);
  };
  const attempt = (
    work: Promise<unknown>,
    done: (t: UiText) => string,
    failed: (t: UiText) => string,
  ) =>
    work.then(
      () => say(done),
      () => say(failed),
    );

  const handlers: OptionsHandlers = {
    update: (change) =>
      void attempt(
        deps.updateSettings(change),
        (x) => x.saved,
        (x) => x.saveFailed,
      ),
    removeSite: (list, rule) => {
      const focusId = focusAfterRemoval(settings[list], rule);
      void deps
        .updateSettings((s) => ({ ...s, [list]: s[list].filter((r) => r !== rule) }))
        .then(
          (next) => {
            settings = next;
            draw(focusId);
            say((x) => x.siteRemoved(rule));
          },
          () => say((x) => x.saveFailed),
        );
    },
    clearDismissed: () =>
      void attempt(
        deps.clearDismissed().then(() => {
          dismissed = { claims: 0, pages: 0 };
          draw('dismissed-heading');
        }),
        (x) => x.dismissedCleared,
        (x) => x.saveFailed,
      ),
    exportFile: () =>
      void attempt(
        deps.exportSettingsFile().then((text) => deps.download(EXPORT_FILE_NAME, text)),
        (x) => x.exported,
        (x) => x.saveFailed,
      ),
    importFile: (file) => {
      file.text().then(
        (text) => {
          const plan = planImport(settings, text);
          if (!plan.ok) {
            pending = null;
            draw();
            say((x) => importErrorText(plan.error, x));
            return;
          }
          pending = { next: plan.next, changes: plan.changes };
          draw('import-preview');
          status.textContent = '';
        },
        () => say((x) => x.importUnreadable),
      );
    },
    applyImport: () => {
      if (!pending) return;
      const next = pending.next;
      pending = null;
      void attempt(
        deps.applyImport(next).then(() => {
          settings = next;
        }),
        (x) => x.imported,
        (x) => x.importApplyFailed,
      ).finally(() => draw('import-file'));
    },
    cancelImport: () => {
      pending = null;
      draw('import-file');
      say((x) => x.importCancelled);
    },
    askReset: () => {
      confirmingReset = true;
      draw('reset-cancel');
    },
    cancelReset: () => {
      confirmingReset = false;
      draw('reset-all');
    },
    confirmReset: () => {
      confirmingReset = false;
      void attempt(
        deps.resetSettings().then(async () => {
          settings = await deps.loadSettings();
          draw('reset-all');
        }),
        (x) => x.resetDone,
        (x) => x.saveFailed,
      );
    },
  };
  draw();

  const stopSettings = deps.watchSettings((next) => {
    settings = next;
    // A changed or reset setting may have been what a pending import compared against.
    if (pending) {
      const replanned = settingChanges(next, pending.next);
      pending = { next: pending.next, changes: replanned };
    }
    void deps
      .loadDismissed()
      .then((pages) => (dismissed = countDismissed(pages)))
      .catch(() => undefined)
      .finally(() => draw());
  });
  return () => {
    stopSettings();
    packsPanel?.stop();
  };
}
