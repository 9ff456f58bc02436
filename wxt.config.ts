import { defineConfig } from 'wxt';

/** The toolbar icon; the "off" variants in public/icon-off/ are set per tab by the background. */
const ACTION_ICON = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  zip: {
    // Firefox reviewers get what builds the add-on, not test output or screenshots.
    excludeSources: [
      'test-artifacts/**',
      'docs/screenshots/**',
      'dist/**',
      '.tmp/**',
      'coverage/**',
    ],
  },
  hooks: {
    // For MV2, WXT builds browser_action from the popup alone and drops our `action`: merge it back.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.browser_action !== undefined)
        manifest.browser_action = { ...manifest.action, ...manifest.browser_action };
      // Firefox scopes author style sheets to their tree, so a document's ::highlight() rules do
      // not paint inside the page's shadow roots; user-origin rules reach every tree. Chromium
      // needs nothing (highlight styles inherit from the shadow host) and has no such key.
      // Firefox reads css_origin from 144 on, hence strict_min_version 144 below (older versions
      // would find claims inside shadow roots and draw no mark; 140 ESR reached its end in 2026).
      if (wxt.config.browser === 'firefox')
        for (const script of manifest.content_scripts ?? [])
          Object.assign(script, { css_origin: 'user' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, dismissed matches, subscribed packs; contextMenus: "Turn off Hype Lens
    // on this site"; alarms: the periodic update of subscribed packs (outlives the MV3 worker).
    permissions: ['storage', 'contextMenus', 'alarms'],
    action: {
      default_title: '__MSG_extName__',
      default_icon: ACTION_ICON,
    },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandNextHighlight__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hype-lens@hype-lens.dev',
              strict_min_version: '144.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The same floor on Android (css_origin; data_collection_permissions came in 142).
            gecko_android: { strict_min_version: '144.0' },
          },
        }
      : {}),
  }),
});
