import { browser } from 'wxt/browser';
import { startBackground } from '../src/background/start-background';
import { essayPack } from '../src/core/packs/essay-pack';

export default defineBackground(() => {
  startBackground({
    packs: () => [essayPack],
    uiLocale: () => browser.i18n.getUILanguage(),
  });
});
