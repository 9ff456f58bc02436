import { h } from './h';
import type { OptionsHandlers, OptionsView } from './options-view';
import { renderMaintenance } from './render-maintenance';
import { renderPreferences } from './render-preferences';

/** The options page's content for `view`. */
export function renderOptions(view: OptionsView, on: OptionsHandlers): HTMLElement[] {
  return [
    h('h1', {}, view.t.optionsTitle),
    ...renderPreferences(view, on),
    ...(view.packsPanel ? [view.packsPanel] : []),
    ...renderMaintenance(view, on),
  ];
}
