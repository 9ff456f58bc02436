import type { CardChoice, PackRef } from '../core/packs/merge-packs';
import type { Lang, Pack } from '../core/packs/pack-schema';
import type { Subscription } from '../core/packs/subscription';
import type { PackCopy } from '../shared/pack-store';
import { h } from './h';
import { packErrorText } from './pack-error-text';
import { section } from './render-preferences';
import type { UiText } from './ui-text';

/** Everything the rule-packs section shows. */
export interface SubscriptionsView {
  t: UiText;
  lang: Lang;
  bundled: ReadonlyArray<{ pack: Pack; enabled: boolean }>;
  subs: ReadonlyArray<{ sub: Subscription; copy: PackCopy | undefined; checking: boolean }>;
  cards: readonly CardChoice[];
  /** Why the address typed could not be added, or null. */
  addError: string | null;
  /** The address typed so far, kept across redraws. */
  urlDraft: string;
}

/** What the section's controls do. */
export interface SubscriptionsHandlers {
  setBundled(id: string, enabled: boolean): void;
  setEnabled(url: string, enabled: boolean): void;
  update(url: string): void;
  remove(url: string): void;
  add(url: string): void;
  draft(url: string): void;
}

function button(id: string, label: string, onClick: () => void, aria?: string): HTMLButtonElement {
  const el = h('button', { type: 'button', id, 'aria-label': aria }, label);
  el.addEventListener('click', onClick);
  return el;
}

function when(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

function facts(pack: Pack, t: UiText): string {
  return `${t.packVersion(pack.version)} · ${t.packMythCount(pack.myths.length)}`;
}

function toggle(id: string, label: string, on: boolean, onChange: (on: boolean) => void) {
  const box = h('input', { type: 'checkbox', id, class: 'pack-switch' });
  box.checked = on;
  box.addEventListener('change', () => onChange(box.checked));
  box.setAttribute('aria-label', label);
  return box;
}

function bundledRow(
  entry: SubscriptionsView['bundled'][number],
  view: SubscriptionsView,
  on: SubscriptionsHandlers,
): HTMLElement {
  const { t, lang } = view;
  const name = entry.pack.name[lang];
  return h(
    'li',
    { class: 'pack', 'data-pack': entry.pack.id },
    toggle(`bundled-${entry.pack.id}`, t.packUse(name), entry.enabled, (enabled) =>
      on.setBundled(entry.pack.id, enabled),
    ),
    h(
      'div',
      { class: 'pack-body' },
      h('label', { class: 'pack-name', for: `bundled-${entry.pack.id}` }, name),
      h('p', { class: 'pack-facts' }, `${facts(entry.pack, t)} · ${t.packBuiltIn}`),
    ),
  );
}

function statusOf(row: SubscriptionsView['subs'][number], view: SubscriptionsView): HTMLElement {
  const { t, lang } = view;
  const { sub, copy, checking } = row;
  if (checking) return h('p', { class: 'pack-status' }, t.packChecking);
  if (sub.lastError) {
    const kept = copy ? t.packKeptCopy(when(copy.savedAt, lang)) : t.packNoCopy;
    return h(
      'p',
      { class: 'pack-status problem', role: 'note' },
      `${packErrorText(sub.lastError, t)} ${kept}`,
    );
  }
  if (!copy) return h('p', { class: 'pack-status' }, t.packNeverFetched);
  return h(
    'p',
    { class: 'pack-status ok' },
    `${t.packUpToDate} ${t.packUpdated(when(copy.savedAt, lang))}`,
  );
}

function subscriptionRow(
  row: SubscriptionsView['subs'][number],
  i: number,
  view: SubscriptionsView,
  on: SubscriptionsHandlers,
): HTMLElement {
  const { t, lang } = view;
  const { sub, copy } = row;
  const name = copy?.pack.name[lang] ?? sub.url;
  return h(
    'li',
    { class: 'pack', 'data-url': sub.url },
    toggle(`sub-enabled-${i}`, t.packUse(name), sub.enabled, (enabled) =>
      on.setEnabled(sub.url, enabled),
    ),
    h(
      'div',
      { class: 'pack-body' },
      h('label', { class: 'pack-name', for: `sub-enabled-${i}` }, name),
      h('p', { class: 'pack-url' }, sub.url),
      copy ? h('p', { class: 'pack-facts' }, facts(copy.pack, t)) : null,
      statusOf(row, view),
      h(
        'div',
        { class: 'buttons' },
        button(
          `sub-update-${i}`,
          t.packUpdateNow,
          () => on.update(sub.url),
          t.packUpdateLabel(name),
        ),
        button(`sub-remove-${i}`, t.remove, () => on.remove(sub.url), t.packRemoveLabel(name)),
      ),
    ),
  );
}

function addForm(view: SubscriptionsView, on: SubscriptionsHandlers): HTMLElement {
  const { t } = view;
  const input = h('input', {
    type: 'url',
    id: 'pack-url',
    placeholder: 'https://',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': view.addError ? 'pack-add-error' : undefined,
    'aria-invalid': view.addError ? 'true' : undefined,
  });
  input.value = view.urlDraft;
  input.addEventListener('input', () => on.draft(input.value));
  const form = h(
    'form',
    { class: 'pack-add', id: 'pack-add' },
    h('label', { for: 'pack-url' }, t.packUrlLabel),
    h(
      'div',
      { class: 'row' },
      input,
      h('button', { type: 'submit', id: 'pack-subscribe' }, t.packSubscribe),
    ),
    view.addError ? h('p', { class: 'problem', id: 'pack-add-error' }, view.addError) : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.add(input.value);
  });
  return form;
}

function refName(ref: PackRef, lang: Lang): string {
  return ref.name[lang];
}

function cardsPart(view: SubscriptionsView): HTMLElement | null {
  const { t, lang } = view;
  // Only what is worth a line: myths whose card comes from outside, or that have a card left unused.
  const shown = view.cards.filter((c) => c.used.origin.kind !== 'bundled' || c.shadowed.length > 0);
  if (shown.length === 0) return null;
  const list = h('ul', { class: 'cards', id: 'card-choices' });
  for (const c of shown) {
    const unused = c.shadowed.map((r) => refName(r, lang)).join(', ');
    list.append(
      h(
        'li',
        { 'data-myth': c.myth },
        h('span', { class: 'myth-title' }, c.title[lang]),
        `: ${t.cardFrom(refName(c.used, lang))}`,
        unused ? `; ${t.cardNotShown(unused)}` : '',
      ),
    );
  }
  return h(
    'div',
    { class: 'card-choices' },
    h('h3', {}, t.cardsHeading),
    h('p', { class: 'hint' }, t.cardsHint),
    list,
  );
}

/** The rule-packs section: the bundled pack, the subscriptions with their status, and the add form. */
export function renderSubscriptions(
  view: SubscriptionsView,
  on: SubscriptionsHandlers,
): HTMLElement {
  const list = h('ul', { class: 'packs', id: 'pack-list' });
  for (const entry of view.bundled) list.append(bundledRow(entry, view, on));
  view.subs.forEach((row, i) => list.append(subscriptionRow(row, i, view, on)));
  return section(
    'packs',
    view.t.packsHeading,
    h('p', { class: 'hint' }, view.t.packsHint),
    list,
    addForm(view, on),
    cardsPart(view),
  );
}
