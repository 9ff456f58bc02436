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
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.browser_action !== undefined)
        manifest.browser_action = { ...manifest.action, ...manifest.browser_action };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and dismissed matches; contextMenus: "Turn off Hype Lens on this site".
    permissions: ['storage', 'contextMenus'],
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
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
