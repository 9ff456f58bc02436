#!/usr/bin/env node
/**
 * npm start: builds the Chrome extension, serves the demo pages on
 * 127.0.0.1 and opens Chromium with the extension on the demo page that
 * shows every myth the pack knows. `npm start -- --ko` opens the Korean
 * demo in a Korean browser UI. Without a display it runs headless, saves a
 * screenshot and exits. CHROMIUM_PATH points at another Chromium or Chrome.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const pages = join(root, 'tests/e2e/pages');
const extension = join(root, '.output/chrome-mv3');
const korean = process.argv.includes('--ko');
const headless =
  process.argv.includes('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) {
  console.error(
    'npm start: no Chromium found; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(2);
}

execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'inherit' });

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const server = createServer((req, res) => {
  const file = resolve(
    pages,
    `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`,
  );
  if (!file.startsWith(pages + sep) || !existsSync(file))
    return void res.writeHead(404).end('not found');
  res
    .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();
const url = `http://127.0.0.1:${port}/${korean ? 'demo-ko.html' : 'demo.html'}`;

const profile = mkdtempSync(join(tmpdir(), 'hype-lens-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  locale: korean ? 'ko-KR' : 'en-US',
  env: { ...process.env, ...(korean ? { LANGUAGE: 'ko_KR:ko' } : {}) },
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    `--lang=${korean ? 'ko' : 'en-US'}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Hype Lens demo: ${url}`);
const cleanup = async () => {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
if (headless) {
  await page.waitForFunction(
    () => performance.getEntriesByName('hype-lens:scan').length > 0,
    null,
    { timeout: 20_000 },
  );
  mkdirSync(join(root, 'test-artifacts'), { recursive: true });
  const shot = join(root, 'test-artifacts', 'start-demo.png');
  await page.screenshot({ path: shot });
  const detail = await page.evaluate(
    () => performance.getEntriesByName('hype-lens:scan')[0]?.detail,
  );
  console.log(`No display: ran headless. Found ${JSON.stringify(detail)}; screenshot at ${shot}.`);
  await cleanup();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  context.on('close', () => void cleanup().then(() => process.exit(0)));
  process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
}
