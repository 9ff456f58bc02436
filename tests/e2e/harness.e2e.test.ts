import { describe, expect, inject, it } from 'vitest';
import { artifactPath } from './harness/artifacts.js';
import { browserNames } from './harness/driver.js';
import { useDriver } from './harness/use-driver.js';
import { fixturePages } from './harness/fixture-pages.js';
import { pageUrl } from './harness/page-url.js';
import { countPixelsNear, decodePng, type Rgb } from './harness/pixels.js';

// Checks the harness itself, whatever the extension does, so that a failure
// elsewhere is about the extension.

describe('the fixture server', () => {
  it('serves html as utf-8 and refuses paths outside the pages', async () => {
    const origin = inject('pagesOrigin');
    const page = await fetch(`${origin}/plain.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${origin}/page.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${origin}/missing.html`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e%2fharness%2fpaths.ts`)).status).toBe(403);
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(403);
  });
});

const blocks: [id: string, colour: Rgb][] = [
  ['amber', [255, 213, 79]],
  ['blue', [30, 144, 255]],
  ['black', [0, 0, 0]],
];

describe.each(browserNames)('the %s driver', (browser) => {
  const use = useDriver(browser);

  it('loads a utf-8 page and decodes its own screenshot exactly', async () => {
    const d = use();
    await d.goto(pageUrl(fixturePages.harnessCheck.file));
    expect(await d.evaluate(() => document.title)).toBe('Harness check: ü 한국어');
    const shot = decodePng(await d.screenshot(artifactPath(browser, 'harness-check')));
    expect([shot.width, shot.height]).toEqual(
      await d.evaluate(() => [window.innerWidth, window.innerHeight]),
    );
    for (const [id, colour] of blocks) {
      const box = await d.evaluate((blockId) => {
        const r = document.getElementById(blockId)!.getBoundingClientRect();
        return { x: r.x + 2, y: r.y + 2, width: r.width - 4, height: r.height - 4 };
      }, id);
      expect(countPixelsNear(shot, box, colour, 3), id).toBe(box.width * box.height);
    }
  });

  it('moves the pointer and presses keys', async () => {
    const d = use();
    await d.goto(pageUrl(fixturePages.harnessCheck.file));
    await d.mouseMove(300, 300);
    await d.press('Tab');
    await d.press('Escape');
    const seen = await d.evaluate(() => ({
      ...(window as unknown as { seen: { keys: string[]; moves: number[][] } }).seen,
      focused: document.activeElement?.id,
    }));
    expect(seen.moves).toContainEqual([300, 300]);
    expect(seen.keys).toEqual(['Tab', 'Escape']);
    expect(seen.focused).toBe('first');
  });
});
