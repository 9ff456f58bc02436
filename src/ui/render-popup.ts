import type { Lang, Stance } from '../core/packs/pack-schema';
import type { Settings } from '../core/settings/settings';
import { siteRuleFor, siteRulesAllow } from '../core/settings/site-rules';
import type { PageMatch, PageSummary } from '../shared/tab-protocol';
import { h } from './h';
import { mythTitle, type MythInfo } from './myth-info';
import { switchControl } from './switch-control';
import { uiText, type UiText } from './ui-text';

/** What the popup knows about its tab's page. */
export type PopupPage =
  | { kind: 'no-tab' }
  /** A page no extension may read (browser pages, the store), or one we cannot name. */
  | { kind: 'unreadable'; url: string }
  /** A web page whose content script does not answer (opened before the extension was installed). */
  | { kind: 'not-read'; url: string }
  | { kind: 'read'; summary: PageSummary };

/** Everything the popup shows. */
export interface PopupView {
  lang: Lang;
  myths: readonly MythInfo[];
  settings: Settings;
  page: PopupPage;
}

/** What the popup's controls do. */
export interface PopupHandlers {
  setSite(url: string, on: boolean): void;
  setPaused(paused: boolean): void;
  reveal(index: number): void;
  openOptions(): void;
}

function stanceText(stance: Stance, t: UiText): string {
  if (stance === 'assert') return t.stanceAssert;
  return stance === 'report' ? t.stanceReport : t.stanceReject;
}

function pageUrl(page: PopupPage): string | null {
  if (page.kind === 'no-tab') return null;
  return page.kind === 'read' ? page.summary.url : page.url;
}

function siteSection(view: PopupView, on: PopupHandlers, t: UiText): HTMLElement {
  const url = pageUrl(view.page);
  const host = url === null ? null : siteRuleFor(url);
  const section = h('section', { class: 'switches' });
  if (url !== null && host !== null) {
    const allowed = siteRulesAllow(url, view.settings);
    section.append(
      switchControl({
        id: 'site-switch',
        label: t.siteSwitch(host),
        checked: allowed,
        stateText: { on: t.switchOn, off: t.switchOff },
        onChange: (checked) => on.setSite(url, checked),
      }),
    );
  }
  section.append(
    switchControl({
      id: 'pause-switch',
      label: t.pauseAll,
      checked: view.settings.paused,
      stateText: { on: t.switchOn, off: t.switchOff },
      onChange: (checked) => on.setPaused(checked),
    }),
  );
  return section;
}

function countsByMyth(matches: readonly PageMatch[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.myth, (counts.get(m.myth) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function matchButton(match: PageMatch, view: PopupView, on: PopupHandlers, t: UiText): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'match', id: `match-${match.index}` },
    h('span', { class: 'match-phrase' }, `“${match.text}”`),
    h(
      'span',
      { class: 'match-meta' },
      `${mythTitle(view.myths, match.myth, view.lang)} · ${stanceText(match.stance, t)}`,
    ),
  );
  button.addEventListener('click', () => on.reveal(match.index));
  return h('li', {}, button);
}

function matchesSection(
  summary: PageSummary,
  view: PopupView,
  on: PopupHandlers,
  t: UiText,
): HTMLElement {
  const section = h('section', { class: 'page', 'aria-labelledby': 'page-heading' });
  const heading = h('h2', { id: 'page-heading' }, t.onThisPage);
  section.append(heading);
  if (!summary.enabled) {
    section.append(h('p', { class: 'note' }, view.settings.paused ? t.pausedNote : t.siteOffNote));
    return section;
  }
  if (summary.matches.length === 0) {
    section.append(h('p', { class: 'note' }, t.noMatches));
    return section;
  }
  heading.append(' ', h('span', { class: 'total' }, t.claimCount(summary.matches.length)));
  const counts = h('ul', { class: 'counts', 'aria-label': t.byMyth });
  for (const [myth, count] of countsByMyth(summary.matches)) {
    counts.append(
      h(
        'li',
        {},
        h('span', { class: 'count-myth' }, mythTitle(view.myths, myth, view.lang)),
        h('span', { class: 'count' }, String(count)),
      ),
    );
  }
  const list = h('ul', { class: 'matches', 'aria-labelledby': 'claims-heading' });
  for (const match of summary.matches) list.append(matchButton(match, view, on, t));
  section.append(
    counts,
    h('h3', { id: 'claims-heading' }, t.claims),
    h('p', { class: 'hint', id: 'claims-hint' }, t.claimsHint),
    list,
  );
  list.setAttribute('aria-describedby', 'claims-hint');
  return section;
}

function pageSection(view: PopupView, on: PopupHandlers, t: UiText): HTMLElement {
  const { page } = view;
  if (page.kind === 'read') return matchesSection(page.summary, view, on, t);
  const message =
    page.kind === 'no-tab' ? t.noTab : page.kind === 'not-read' ? t.notReadYet : t.cannotRead;
  return h('section', { class: 'page' }, h('p', { class: 'note problem' }, message));
}

/** The popup's content for `view`: switches, the page's claims and a link to the options. */
export function renderPopup(view: PopupView, on: PopupHandlers): HTMLElement[] {
  const t = uiText(view.lang);
  const options = h(
    'a',
    { href: '/options.html', id: 'open-options', class: 'options-link' },
    t.openOptions,
  );
  options.addEventListener('click', (event) => {
    event.preventDefault();
    on.openOptions();
  });
  return [
    h('h1', {}, t.appName),
    siteSection(view, on, t),
    pageSection(view, on, t),
    h('footer', {}, options),
  ];
}
