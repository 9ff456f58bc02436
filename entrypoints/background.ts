import { browser } from 'wxt/browser';
import { createHandlers } from '../src/background/handlers';
import { listenForMessages } from '../src/background/listen-for-messages';
import { essayPack } from '../src/core/packs/essay-pack';

export default defineBackground(() => {
  listenForMessages(
    createHandlers({
      packs: () => [essayPack],
      uiLocale: () => browser.i18n.getUILanguage(),
    }),
  );
});
