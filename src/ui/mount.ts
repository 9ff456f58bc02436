/**
 * Replaces what `root` shows with `nodes`, keeping keyboard focus where it
 * was: on the element with the same id after the redraw, or on `focusId`
 * when given (an action removed the focused element or opened a new part).
 */
export function mount(root: HTMLElement, nodes: readonly Node[], focusId?: string): void {
  const doc = root.ownerDocument;
  const active = doc.activeElement;
  const keepId = focusId ?? (active && root.contains(active) ? active.id : '');
  root.replaceChildren(...nodes);
  if (keepId === '') return;
  const target = doc.getElementById(keepId);
  if (target && root.contains(target)) target.focus();
}
