import { h } from './h';

/** A labelled on/off switch. */
export interface SwitchOptions {
  id: string;
  label: string;
  checked: boolean;
  /** The visible state words, e.g. "On" / "Off" (screen readers hear the switch state instead). */
  stateText: { on: string; off: string };
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A native checkbox with `role="switch"`: keyboard (Space), focus and the
 * checked state come from the browser; the track is decoration.
 */
export function switchControl(options: SwitchOptions): HTMLLabelElement {
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    id: options.id,
    class: 'switch-input',
    disabled: options.disabled,
  });
  input.checked = options.checked;
  input.addEventListener('change', () => options.onChange(input.checked));
  const state = options.checked ? options.stateText.on : options.stateText.off;
  return h(
    'label',
    { class: 'switch', for: options.id },
    input,
    h('span', { class: 'switch-track', 'aria-hidden': 'true' }),
    h('span', { class: 'switch-label' }, options.label),
    h('span', { class: 'switch-state', 'aria-hidden': 'true' }, state),
  );
}
