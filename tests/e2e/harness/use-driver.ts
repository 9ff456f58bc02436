import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openDriver, type Driver, type DriverOptions } from './driver.js';
import type { BrowserName } from './paths.js';

/**
 * Opens `browser` once for the enclosing describe block and closes it
 * afterwards, even when tests or the launch fail. Returns a getter that fails
 * the test if the browser never started. Prints the tab's console on failure.
 */
export function useDriver(browser: BrowserName, options: DriverOptions = {}): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await openDriver(browser, options);
  });
  afterEach(({ task }) => {
    const logs = driver?.logs() ?? [];
    if (task.result?.state === 'fail' && logs.length > 0) {
      console.log(`${browser} console during "${task.name}":\n  ${logs.join('\n  ')}`);
    }
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => driver ?? expect.fail(`${browser} did not start`);
}
