import { describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { contract } from './harness/contract.js';
import { browserNames } from './harness/driver.js';
import { useDriver } from './harness/use-driver.js';
import { pageUrl } from './harness/page-url.js';
import { readUiLanguage } from './harness/extension-probes.js';
import { fixturePages } from './harness/fixture-pages.js';
import { waitForCard, waitForPhrase } from './harness/waits.js';

const page = fixturePages.scalingLaw;
const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** What each browser needs installed for a Korean UI (Debian package names). */
const koreanUiNeeds = {
  chromium: 'chromium-l10n (Korean .pak) and LANGUAGE=ko_KR:ko, which the harness sets',
  firefox: 'firefox-esr-l10n-ko (the Korean language pack)',
} as const;

describe.each(browserNames)('in %s with a Korean UI', (browser) => {
  const use = useDriver(browser, { locale: 'ko-KR' });

  it('reports Korean as the extension UI language', async () => {
    const language = await use().evaluateInExtension(readUiLanguage);
    expect(language, `needs ${koreanUiNeeds[browser]}`).toMatch(/^ko\b/);
  });

  it('shows the card in Korean', async () => {
    const d = use();
    await d.goto(pageUrl(page.file));
    const phrase = await waitForPhrase(d, contract.assertHighlight, page.phrase);
    const line = phrase.lines[0]!;
    await d.mouseMove(line.x + line.width / 2, line.y + line.height / 2);
    const { card } = await waitForCard(d, true);
    await d.screenshot(artifactPath(browser, 'card-ko'));
    expect(card).toMatchObject({ myth: page.myth });
    expect(card?.text).toMatch(hangul);
  });
});
