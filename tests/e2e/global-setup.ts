import { mkdir } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';
import { artifactsDir, assertPrerequisites, pagesDir, repoRoot } from './harness/paths.js';
import { servePages } from './harness/serve-pages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture-page server, e.g. http://127.0.0.1:41234 */
    pagesOrigin: string;
  }
}

/** Checks the builds exist, then serves tests/e2e/pages/ (and Preact) for the whole run. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertPrerequisites();
  await mkdir(artifactsDir, { recursive: true });
  // Preact (a devDependency) for the app page, served from node_modules as it is installed.
  const server = await servePages(pagesDir, {
    '/vendor/preact/': resolve(repoRoot, 'node_modules/preact'),
  });
  project.provide('pagesOrigin', server.origin);
  return () => server.close();
}
