import type { Lang } from '../core/packs/pack-schema';
import type { SettingChange } from '../core/settings/settings-file';
import { describeChange } from './describe-setting';
import { h } from './h';
import type { MythInfo } from './myth-info';
import type { UiText } from './ui-text';

/** What the preview shows and what its buttons do. */
export interface ImportPreviewProps {
  changes: readonly SettingChange[];
  t: UiText;
  lang: Lang;
  myths: readonly MythInfo[];
  onApply(): void;
  onCancel(): void;
}

/**
 * What an import would change, before anything is changed: one line per
 * setting with its value now and after, then Apply and Cancel. A file that
 * changes nothing says so and offers only Cancel.
 */
export function renderImportPreview(props: ImportPreviewProps): HTMLElement {
  const { t } = props;
  const section = h('section', {
    class: 'import-preview',
    id: 'import-preview',
    'aria-labelledby': 'import-preview-heading',
    tabindex: -1,
  });
  const cancel = h('button', { type: 'button', id: 'import-cancel' }, t.importCancel);
  cancel.addEventListener('click', () => props.onCancel());
  if (props.changes.length === 0) {
    section.append(h('p', { id: 'import-preview-heading' }, t.importNoChanges), cancel);
    return section;
  }
  const list = h('ul', { class: 'changes' });
  for (const change of props.changes) {
    const words = describeChange(change, t, props.lang, props.myths);
    list.append(
      h(
        'li',
        { 'data-field': change.field },
        h('span', { class: 'change-label' }, words.label),
        h('span', { class: 'change-values' }, t.change(words.before, words.after)),
      ),
    );
  }
  const apply = h(
    'button',
    { type: 'button', id: 'import-apply', class: 'primary' },
    t.importApply,
  );
  apply.addEventListener('click', () => props.onApply());
  section.append(
    h('p', { id: 'import-preview-heading' }, t.importPreview),
    list,
    h('div', { class: 'buttons' }, apply, cancel),
  );
  return section;
}
