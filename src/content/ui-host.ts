import { CARD_CSS } from './card-styles';

/** Test contract: our only node in the page, with an open shadow root. */
export const HOST_TAG = 'hype-lens-ui';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
  }
}

/** Creates our host element (once) at the end of <html>, outside the page's body. */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, shadow);
  doc.documentElement.append(host);
  return { host, shadow };
}
