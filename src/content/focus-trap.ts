const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `container` (the card is a small dialog:
 * leaving it with Tab would strand keyboard users in the page behind).
 */
export function trapFocus(container: HTMLElement, signal: AbortSignal): void {
  container.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab') return;
      const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return event.preventDefault();
      const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
      if (event.shiftKey && (active === first || active === container)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    },
    { signal },
  );
}
