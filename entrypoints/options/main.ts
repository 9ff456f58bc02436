import { browser } from 'wxt/browser';
import { essayMyths } from '../../src/ui/essay-myths';
import {
  applyImport,
  clearDismissed,
  exportSettingsFile,
  loadDismissed,
  loadSettings,
  resetSettings,
  updateSettings,
  watchSettings,
} from '../../src/shared/settings-store';
import { downloadText } from '../../src/ui/download-text';
import * as packStore from '../../src/shared/pack-store';
import { sendMessage } from '../../src/shared/send-message';
import { startOptions } from '../../src/ui/start-options';

const root = document.getElementById('app');
const status = document.getElementById('status');

if (root && status) {
  void startOptions(root, status, {
    loadSettings,
    updateSettings,
    watchSettings,
    loadDismissed,
    clearDismissed,
    resetSettings,
    exportSettingsFile,
    applyImport,
    download: (name, text) => downloadText(document, name, text),
    uiLocale: browser.i18n.getUILanguage(),
    myths: essayMyths,
    packs: {
      ...packStore,
      watchPacks: packStore.watchPackStorage,
      // A chunk of its own: the rest of the page needs only the myth titles.
      bundled: () => import('../../src/core/packs/essay-pack').then((m) => [m.essayPack]),
      refreshPack: (url) => sendMessage('refreshPack', { url }),
      download: (name, text) => downloadText(document, name, text),
      now: () => Date.now(),
    },
  });
}
