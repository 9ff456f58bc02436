import type { LanguageChoice, Sensitivity } from '../core/settings/settings';
import { MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS } from '../core/settings/settings-fields';
import { languageWords } from './describe-setting';
import { h } from './h';
import type { OptionsHandlers, OptionsView } from './options-view';

/** A titled section; its heading names it for assistive technology. */
export function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, tabindex: -1 }, title),
    ...children,
  );
}

function mythsSection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t, settings } = view;
  const list = h('ul', { class: 'checks' });
  for (const myth of view.myths) {
    const id = `myth-${myth.id}`;
    const box = h('input', { type: 'checkbox', id, 'data-myth': myth.id });
    box.checked = !settings.mythsOff.includes(myth.id);
    box.addEventListener('change', () =>
      on.update((s) => ({
        ...s,
        mythsOff: box.checked
          ? s.mythsOff.filter((m) => m !== myth.id)
          : [...s.mythsOff.filter((m) => m !== myth.id), myth.id],
      })),
    );
    list.append(h('li', {}, box, h('label', { for: id }, myth.title[view.lang])));
  }
  return section('myths', t.mythsHeading, h('p', { class: 'hint' }, t.mythsHint), list);
}

/** A labelled group of radio buttons in its own section. */
export function radioGroup<V extends string>(
  name: string,
  legend: string,
  choices: readonly { value: V; label: string }[],
  current: V,
  onPick: (value: V) => void,
  hint?: string,
): HTMLElement {
  const fieldset = h('fieldset', { class: 'radios' }, h('legend', {}, legend));
  if (hint) fieldset.append(h('p', { class: 'hint' }, hint));
  for (const choice of choices) {
    const id = `${name}-${choice.value}`;
    const radio = h('input', { type: 'radio', name, id, value: choice.value });
    radio.checked = choice.value === current;
    radio.addEventListener('change', () => {
      if (radio.checked) onPick(choice.value);
    });
    fieldset.append(h('div', { class: 'radio' }, radio, h('label', { for: id }, choice.label)));
  }
  return h('section', { id: `${name}-section` }, fieldset);
}

function delaySection(view: OptionsView, on: OptionsHandlers): HTMLElement {
  const { t, settings } = view;
  const input = h('input', {
    type: 'range',
    id: 'hover-delay',
    min: MIN_HOVER_DELAY_MS,
    max: MAX_HOVER_DELAY_MS,
    step: 100,
    'aria-describedby': 'hover-delay-value',
  });
  input.value = String(settings.hoverDelayMs);
  input.setAttribute('aria-valuetext', t.seconds(settings.hoverDelayMs));
  const output = h(
    'output',
    { id: 'hover-delay-value', for: 'hover-delay' },
    t.seconds(settings.hoverDelayMs),
  );
  // Shown while dragging; saved once, on release (or per key step).
  input.addEventListener('input', () => {
    output.textContent = t.seconds(Number(input.value));
    input.setAttribute('aria-valuetext', t.seconds(Number(input.value)));
  });
  input.addEventListener('change', () =>
    on.update((s) => ({ ...s, hoverDelayMs: Number(input.value) })),
  );
  return section(
    'delay',
    t.delayHeading,
    h('label', { for: 'hover-delay' }, t.delayLabel),
    h('div', { class: 'range' }, input, output),
  );
}

/** The sections that decide what is highlighted and how: myths, sensitivity, language, delay. */
export function renderPreferences(view: OptionsView, on: OptionsHandlers): HTMLElement[] {
  const { t, settings } = view;
  const sensitivities: { value: Sensitivity; label: string }[] = [
    { value: 'assert', label: t.sensitivityAssert },
    { value: 'report', label: t.sensitivityReport },
  ];
  const languages: { value: LanguageChoice; label: string }[] = (
    ['browser', 'en', 'ko'] as const
  ).map((value) => ({ value, label: languageWords(value, t) }));
  return [
    mythsSection(view, on),
    radioGroup('sensitivity', t.sensitivityHeading, sensitivities, settings.sensitivity, (value) =>
      on.update((s) => ({ ...s, sensitivity: value })),
    ),
    radioGroup(
      'language',
      t.languageHeading,
      languages,
      settings.language,
      (value) => on.update((s) => ({ ...s, language: value })),
      t.languageHint,
    ),
    delaySection(view, on),
  ];
}
