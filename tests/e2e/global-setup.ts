import { mkdir } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { artifactsDir, assertPrerequisites, pagesDir } from './harness/paths.js';
import { servePages } from './harness/serve-pages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture-page server, e.g. http://127.0.0.1:41234 */
    pagesOrigin: string;
  }
}

/** Checks the builds exist, then serves tests/e2e/pages/ for the whole run. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertPrerequisites();
  await mkdir(artifactsDir, { recursive: true });
  const server = await servePages(pagesDir);
  project.provide('pagesOrigin', server.origin);
  return () => server.close();
}
