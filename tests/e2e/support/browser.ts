import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { checkEveryContextOf } from './accessibility';

/** Debian's Chromium, never a downloaded browser. .ci/run installs it. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  // Every screen of every page it opens is checked with axe-core (accessibility.ts).
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return checkEveryContextOf(browser);
}

/** Opens the app the way a user does: the printed address, which trades the token for a cookie. */
export async function openApp(browser: Browser, launchUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(launchUrl);
  return page;
}
