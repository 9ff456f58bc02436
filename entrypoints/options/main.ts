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
  });
}
