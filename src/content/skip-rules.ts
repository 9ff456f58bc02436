/** Elements whose text is never read: code, editors, forms, hidden and non-rendered content. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'HYPE-LENS-UI',
]);

/** `contenteditable` values that make an element an editing host ("false" and unknown values do not). */
const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/**
 * Does the element itself make its subtree editable? Its own attribute only:
 * the walker never enters a subtree it skipped, so an editable ancestor has
 * already kept it out. (`isContentEditable` looks up every ancestor; asked of
 * each element of a DOM nested 5,000 deep it took 130 ms.)
 */
function editingHost(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && EDITABLE.has(value.toLowerCase());
}

/** Should the walker leave this element and everything inside it alone? */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (editingHost(el)) return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'code';
}
