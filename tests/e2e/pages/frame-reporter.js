// Test fixture (the frame's own script): tells its parent, when asked by a message, what a test
// would read here if it could reach a cross-origin frame: this document's highlights, the card
// shown in it, and the changes to its DOM it did not make (see dom-recorder.js).
(() => {
  const ASK = 'hype-lens-test:ask';
  const REPLY = 'hype-lens-test:report';
  const report = (prefix) => {
    const ranges = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith(prefix)) return;
      highlight.forEach((range) => {
        const start = range.startContainer;
        const el = start.nodeType === 1 ? start : start.parentElement;
        const r = range.getBoundingClientRect();
        ranges.push({
          name,
          text: range.toString(),
          owner: el?.closest('[id]')?.id ?? '',
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        });
      });
    });
    const hosts = document.querySelectorAll('hype-lens-ui');
    const card = hosts[0]?.shadowRoot?.querySelector('[data-myth]');
    return {
      origin: location.origin,
      ranges,
      hosts: hosts.length,
      card: card ? card.getAttribute('data-myth') : null,
      foreign: window.__recorder.foreign(),
    };
  };
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== ASK) return;
    event.source.postMessage(
      { type: REPLY, id: event.data.id, report: report(event.data.prefix) },
      event.origin,
    );
  });
})();
