/**
 * The parent element of `node`, or, at the top of a shadow tree, its host:
 * a shadow tree is drawn in its host's place, so blocks, backgrounds and
 * skip rules reach through it. Null at the top of the document (or of a
 * fragment that is not a shadow root).
 */
export function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent ? hostOf(parent) : null;
}

/** The host of a shadow root, or null for any other node. */
export function hostOf(node: Node): Element | null {
  // Duck-typed: `instanceof ShadowRoot` is unreliable across the content script's world boundary.
  return node.nodeType === 11 ? ((node as Partial<ShadowRoot>).host ?? null) : null;
}
