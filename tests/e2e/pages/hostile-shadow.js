// Test fixture (the page's own script): web components made by script, and the changes a test
// asks the page to make later, each inside `__recorder.own` so they are told apart from the
// extension's (there must be none of those).
(() => {
  const claim = 'Investors hear that scaling laws guarantee smarter models every year.';
  const font = "20px/1.6 'DejaVu Sans', Arial, sans-serif";
  const paragraph = (id, text) => {
    const p = document.createElement('p');
    p.id = id;
    p.textContent = text;
    p.style.font = font;
    p.style.margin = '0 0 24px';
    return p;
  };

  // A closed root: the page keeps its reference; the extension cannot and must not read it.
  const closedRoot = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closedRoot.append(paragraph('in-closed', claim));

  // An open root styled by constructed sheets, and the document's own adopted sheet.
  const docSheet = new CSSStyleSheet();
  docSheet.replaceSync('#plain { letter-spacing: 0.01em; }');
  document.adoptedStyleSheets = [docSheet];
  const sheetA = new CSSStyleSheet();
  sheetA.replaceSync('p { color: rgb(17, 17, 17); }');
  const sheetB = new CSSStyleSheet();
  sheetB.replaceSync(':host { display: block; }');
  const sheetsRoot = document.getElementById('sheets-host').attachShadow({ mode: 'open' });
  sheetsRoot.adoptedStyleSheets = [sheetA, sheetB];
  sheetsRoot.append(paragraph('in-sheets', 'Bigger models are always better.'));

  const openRoot = document.getElementById('open-host').shadowRoot;
  const nestedRoot = openRoot.getElementById('nested-host').shadowRoot;
  const made = [openRoot, nestedRoot, closedRoot, sheetsRoot];

  const rectOf = (node, phrase) => {
    const text = node.firstChild;
    const at = text.data.indexOf(phrase);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + phrase.length);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };

  window.__pageRoots = () => [...made];
  window.__page = {
    /** Are the adopted sheets exactly the page's own, in order? */
    sheetsIntact: () =>
      sheetsRoot.adoptedStyleSheets.length === 2 &&
      sheetsRoot.adoptedStyleSheets[0] === sheetA &&
      sheetsRoot.adoptedStyleSheets[1] === sheetB &&
      document.adoptedStyleSheets.length === 1 &&
      document.adoptedStyleSheets[0] === docSheet &&
      [openRoot, nestedRoot, closedRoot].every((r) => r.adoptedStyleSheets.length === 0),
    /** Where the claim in the closed root is drawn (for the pixel check). */
    closedClaimRect: () => rectOf(closedRoot.getElementById('in-closed'), 'scaling laws'),
    /** Every open and closed root's markup, for a before/after comparison. */
    serialize: () =>
      document.documentElement.getHTML({ shadowRoots: made }).replace(/<hype-lens-ui.*$/s, ''),
    /** A new host with its claim already in its shadow root. */
    addHost: () =>
      window.__recorder.own(() => {
        const host = document.createElement('section');
        host.id = 'added-host';
        const root = host.attachShadow({ mode: 'open' });
        root.append(paragraph('in-added', 'AGI will be here by 2027, and nothing can stop it.'));
        document.body.append(host);
        made.push(root);
        window.__recorder.observe(root);
      }),
    /** A claim appended to a shadow root that was already read, and one claim there taken away. */
    fillLater: () =>
      window.__recorder.own(() => {
        openRoot.append(paragraph('filled-later', 'Bigger models are always better.'));
        openRoot.getElementById('in-open').firstChild.data = 'The team met on Tuesday.';
      }),
    /** Defines <hype-quote>: the element already in the page is upgraded and gets its shadow root. */
    defineQuote: () =>
      window.__recorder.own(() =>
        customElements.define(
          'hype-quote',
          class extends HTMLElement {
            constructor() {
              super();
              const root = this.attachShadow({ mode: 'open' });
              root.append(paragraph('in-late', claim));
              made.push(root);
              window.__recorder.observe(root);
            }
          },
        ),
      ),
  };
})();
