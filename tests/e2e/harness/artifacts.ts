import { join } from 'node:path';
import { artifactsDir, type BrowserName } from './paths.js';

/** test-artifacts/<name>-<browser>.png */
export function artifactPath(browser: BrowserName, name: string): string {
  return join(artifactsDir, `${name}-${browser}.png`);
}
