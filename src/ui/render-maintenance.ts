import { h } from './h';
import type { OptionsHandlers, OptionsView } from './options-view';
import { renderImportPreview } from './render-import-preview';
import { radioGroup, section } from './render-preferences';

function button(
  id: string,
  label: string,
  onClick: () => void,
  disabled = false,
): HTMLButtonElement {
  const el = h('button', { type: 'button', id, disabled }, label);
  el.addEventListener('click', onClick);
  return el;
}

/** The id of a site's remove button, so focus can move to a neighbour once it is gone. */
export function removeButtonId(rule: string): string {
  return `remove-${rule.replace(/[^a-z0-9-]/gi, '_')}`;
}

function sitesSection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t, settings } = view;
  const only = settings.siteMode === 'only';
  const listName = only ? 'sitesOn' : 'sitesOff';
  const rules = settings[listName];
  const body: HTMLElement[] = [];
  body.push(
    radioGroup(
      'site-mode',
      t.siteModeLegend,
      [
        { value: 'except', label: t.siteModeExceptLabel },
        { value: 'only', label: t.siteModeOnlyLabel },
      ],
      settings.siteMode,
      (value) => on.update((s) => ({ ...s, siteMode: value })),
    ),
  );
  if (only) body.push(h('p', { class: 'hint' }, t.sitesOnlyNote));
  if (rules.length === 0) {
    body.push(h('p', { class: 'note', id: 'sites-empty' }, only ? t.sitesOnEmpty : t.sitesEmpty));
  } else {
    const list = h('ul', { class: 'sites' });
    for (const rule of rules) {
      const remove = button(removeButtonId(rule), t.remove, () => on.removeSite(listName, rule));
      remove.setAttribute('aria-label', t.removeSite(rule));
      list.append(h('li', {}, h('span', { class: 'site' }, rule), remove));
    }
    body.push(list);
  }
  return section('sites', only ? t.sitesOnHeading : t.sitesOffHeading, ...body);
}

function dismissedSection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t } = view;
  const { claims, pages } = view.dismissed;
  return section(
    'dismissed',
    t.dismissedHeading,
    h(
      'p',
      { id: 'dismissed-count' },
      claims === 0 ? t.dismissedNone : t.dismissedCount(claims, pages),
    ),
    button('clear-dismissed', t.resetDismissed, () => on.clearDismissed(), claims === 0),
  );
}

function backupSection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t } = view;
  const file = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) on.importFile(picked);
    // Picking the same file again must fire `change` again.
    file.value = '';
  });
  const preview =
    view.pendingImport === null
      ? null
      : renderImportPreview({
          changes: view.pendingImport,
          t,
          lang: view.lang,
          myths: view.myths,
          onApply: () => on.applyImport(),
          onCancel: () => on.cancelImport(),
        });
  return section(
    'backup',
    t.backupHeading,
    h(
      'div',
      { class: 'buttons' },
      button('export-settings', t.exportSettings, () => on.exportFile()),
    ),
    h('div', { class: 'file' }, h('label', { for: 'import-file' }, t.importSettings), file),
    preview,
  );
}

function resetSection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t } = view;
  if (!view.confirmingReset) {
    return section(
      'reset',
      t.resetHeading,
      button('reset-all', t.resetAll, () => on.askReset()),
    );
  }
  return section(
    'reset',
    t.resetHeading,
    h('p', { id: 'reset-question' }, t.resetConfirm),
    h(
      'div',
      { class: 'buttons', role: 'group', 'aria-labelledby': 'reset-question' },
      button('reset-yes', t.resetYes, () => on.confirmReset()),
      button('reset-cancel', t.importCancel, () => on.cancelReset()),
    ),
  );
}

/** The sections that look after stored data: sites, dismissed claims, backup, reset. */
export function renderMaintenance(view: OptionsView, on: OptionsHandlers): HTMLElement[] {
  return [
    sitesSection(view, on),
    dismissedSection(view, on),
    backupSection(view, on),
    resetSection(view, on),
  ];
}
