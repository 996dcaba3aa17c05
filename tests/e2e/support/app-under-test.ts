import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startWebHost, type RunningWebHost } from './web-host';

export interface AppUnderTest {
  readonly host: RunningWebHost;
  readonly browser: Browser;
  /** Stops the web host and starts it again on the same data directory. */
  restart(): Promise<void>;
}

/** A web host and a Chromium for one describe block, started before it and stopped after. */
export function appUnderTest(options: Parameters<typeof startWebHost>[0] = {}): AppUnderTest {
  let host: RunningWebHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    host = await startWebHost(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app is not started yet');
    return value;
  };
  return {
    get host() {
      return started(host);
    },
    get browser() {
      return started(browser);
    },
    async restart() {
      const { dataDir } = started(host);
      await started(host).stop();
      host = await startWebHost({ ...options, dataDir });
    },
  };
}
