import { describe, expect, it } from 'vitest';
import { clearStoredSettings } from './harness/control-probes.js';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import { fixturePages } from './harness/fixture-pages.js';
import { writeGarbage } from './harness/hostile-probes.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { waitForPhrase } from './harness/waits.js';

/** Corrupted values under our storage keys: wrong types, wrong shapes, junk versions. */
const garbage: [string, { sync: Record<string, unknown>; local: Record<string, unknown> }][] = [
  ['strings where records belong', { sync: { settings: 'garbage' }, local: { dismissed: 'x' } }],
  [
    'every field of the wrong type',
    {
      sync: {
        settings: {
          version: 'two',
          paused: 'no',
          siteMode: 42,
          sitesOff: 'all',
          sitesOn: { a: 1 },
          mythsOff: [null, 7, { id: 'scaling-laws' }],
          sensitivity: [],
          language: 'klingon',
          hoverDelayMs: -1e9,
        },
      },
      local: { dismissed: [1, 2, 3], settingsHome: 42 },
    },
  ],
  [
    'a future version and a null home',
    {
      sync: { settings: { version: 999, mythsOff: 'scaling-laws' } },
      local: { settings: null, settingsHome: 'local', dismissed: { 'http://x/': 'nope' } },
    },
  ],
];

describe.each(browserNames)('corrupted storage in %s', (browser) => {
  const use = useDriver(browser);

  it.each(garbage)(
    'with %s, the page still gets its highlights and the options page still opens',
    async (_name, values) => {
      const d = use();
      await d.evaluateInExtension(writeGarbage, values);
      try {
        await d.goto(pageUrl(fixturePages.scalingLaw.file));
        await waitForPhrase(d, contract.assertHighlight, fixturePages.scalingLaw.phrase);
        const options = await d.openExtensionPage('options.html', { width: 760, height: 1400 });
        try {
          const shown = () =>
            options.evaluate(() => ({
              controls: document.querySelectorAll('main input').length,
              myth: document.querySelector('#myth-scaling-laws') !== null,
            }));
          await expect
            .poll(async () => (await shown()).myth, {
              timeout: 10_000,
              message: 'the options page never showed its myth list',
            })
            .toBe(true);
          expect((await shown()).controls).toBeGreaterThan(5);
        } finally {
          await options.close();
        }
        expect(d.logs().filter((l) => l.startsWith('uncaught'))).toEqual([]);
      } finally {
        await d.evaluateInExtension(clearStoredSettings);
      }
    },
  );
});
