// Test fixture (the page's own script): records every change to this page's DOM that the page did
// not make itself, from the end of parsing (DOMContentLoaded) on. `window.__pageRoots()`, if the
// page defines it, names the shadow roots to watch too, closed ones included (the page holds their
// references); roots made later are handed to `__recorder.observe`. Changes the page makes inside
// `__recorder.own(fn)` are set apart; the UI host element the extension may add under <html>
// while a card is open is the one change it is allowed, and is left out of `foreign()`.
(() => {
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  const name = (node) => {
    if (node.nodeType === 3) return '#text';
    if (node.nodeType === 11) return `#shadow-root(${node.host.id || node.host.localName})`;
    return node.id ? `${node.localName}#${node.id}` : node.localName;
  };
  /** Where a node is: the id of its nearest element with one (or of its shadow host). */
  const place = (node) => {
    const el = node.nodeType === 1 ? node : (node.parentElement ?? node.host ?? null);
    return el?.closest('[id]')?.id ?? '';
  };
  const describe = (r) =>
    [
      r.type,
      `${name(r.target)}@${place(r.target)}`,
      r.attributeName ?? '',
      [...r.addedNodes].map((n) => `+${name(n)}`).join(' '),
      [...r.removedNodes].map((n) => `-${name(n)}`).join(' '),
    ]
      .filter(Boolean)
      .join(' ');
  const isOurUiHost = (r) =>
    r.type === 'childList' &&
    r.target === document.documentElement &&
    [...r.addedNodes, ...r.removedNodes].every((n) => n.localName === 'hype-lens-ui');
  const foreign = [];
  const own = [];
  const keep = (records) => {
    for (const r of records) if (!isOurUiHost(r)) foreign.push(describe(r));
  };
  const observer = new MutationObserver(keep);
  const start = () => {
    observer.observe(document, options);
    for (const root of window.__pageRoots?.() ?? []) observer.observe(root, options);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  window.__recorder = {
    observe: (root) => observer.observe(root, options),
    own: (fn) => {
      keep(observer.takeRecords());
      try {
        return fn();
      } finally {
        own.push(...observer.takeRecords().map(describe));
      }
    },
    foreign: () => (keep(observer.takeRecords()), [...foreign]),
    ownCount: () => own.length,
  };
})();
