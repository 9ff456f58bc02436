import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Browsers the E2E suite drives; also the prefix of artifact names. */
export type BrowserName = 'chromium' | 'firefox';

/** The repository root (two levels above tests/e2e/harness). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixture pages served to the browsers. */
export const pagesDir = resolve(repoRoot, 'tests/e2e/pages');

/** Screenshots and other artifacts (git-ignored). */
export const artifactsDir = resolve(repoRoot, 'test-artifacts');

/**
 * Where each browser's build of the extension lives. HYPE_LENS_CHROME_DIR and
 * HYPE_LENS_FIREFOX_DIR override them (handy to point the harness at another build).
 */
export const extensionDirs: Record<BrowserName, string> = {
  chromium: resolve(process.env.HYPE_LENS_CHROME_DIR ?? resolve(repoRoot, '.output/chrome-mv3')),
  firefox: resolve(process.env.HYPE_LENS_FIREFOX_DIR ?? resolve(repoRoot, '.output/firefox-mv2')),
};

/** Browser executables: CHROMIUM_PATH / FIREFOX_PATH, else Debian's paths. */
export const executablePaths: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/**
 * Throws a readable error unless both builds and both browsers exist. The E2E
 * run never builds: it tests what `npm run build` produced.
 */
export function assertPrerequisites(): void {
  const problems: string[] = [];
  for (const [browser, dir] of Object.entries(extensionDirs)) {
    if (!existsSync(resolve(dir, 'manifest.json'))) {
      problems.push(
        `no ${browser} build at ${dir} (manifest.json missing): run \`npm run build\` first`,
      );
    }
  }
  for (const [browser, path] of Object.entries(executablePaths)) {
    if (!existsSync(path)) {
      problems.push(
        `no ${browser} at ${path}: install it or set ${browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}`,
      );
    }
  }
  if (problems.length > 0)
    throw new Error(`E2E prerequisites missing:\n  - ${problems.join('\n  - ')}`);
}
