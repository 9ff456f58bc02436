import { browser } from 'wxt/browser';
import { essayMyths } from '../../src/ui/essay-myths';
import { loadSettings, updateSettings, watchSettings } from '../../src/shared/settings-store';
import { findPopupTab } from '../../src/ui/find-popup-tab';
import { sendTabMessage } from '../../src/ui/send-tab-message';
import { startPopup } from '../../src/ui/start-popup';

const root = document.getElementById('app');
const status = document.getElementById('status');
// `?tab=<id>` is the testing hook: the popup opened as a tab, about another tab.
const inTestTab = new URLSearchParams(location.search).has('tab');

if (root && status) {
  void startPopup(root, status, {
    loadSettings,
    updateSettings,
    watchSettings,
    findTab: () => findPopupTab(location.search),
    getSummary: (tabId) => sendTabMessage(tabId, 'getPageSummary', {}),
    applySettings: async (tabId) => void (await sendTabMessage(tabId, 'settingsChanged', {})),
    reveal: (tabId, index) => sendTabMessage(tabId, 'revealMatch', { index }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    afterReveal: () => (inTestTab ? undefined : window.close()),
    uiLocale: browser.i18n.getUILanguage(),
    myths: essayMyths,
  });
}
