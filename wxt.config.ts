import { defineConfig } from 'wxt';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No permissions yet: the content script needs none, and nothing is stored (settings arrive with issue 6).
    permissions: [],
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
