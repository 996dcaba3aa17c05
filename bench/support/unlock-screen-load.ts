import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { createCore, type Core } from '../../electron/core';
import { silentLogger } from '../../electron/core/log';
import { TEST_KDF_COST } from '../../electron/core/vault';
import { startWebHost, type WebHost } from '../../electron/webhost/server';
import { COOKIE_NAME } from '../../electron/webhost/token';
import { caller } from '../suites/records';

/**
 * How long an old laptop waits for the unlock screen (issue #11, item 6): the web host serves a
 * built renderer to Debian's Chromium with its CPU throttled 4× through the DevTools protocol,
 * and the page records when the unlock form's passphrase field is in the DOM and a frame has
 * passed. The same is measured against a build of the same source that loads everything up
 * front (code splitting turned off), made in this run.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CPU_SLOWDOWN = Number(process.env.PD_BENCH_CPU_SLOWDOWN ?? 4);
const PASSPHRASE = 'kopi tubruk di pagi hujan 1987';
const UNLOCK_FIELD = 'input[autocomplete="current-password"]';

export interface Load {
  /** From navigation start to a usable unlock screen. */
  ms: number;
  /** Decoded bytes of JavaScript fetched before that moment. */
  jsBytes: number;
}

/** The renderer as `npm run build` makes it, unless it is missing. */
export function splitRendererDir(): string {
  const dir = join(ROOT, 'out', 'renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first');
  }
  return dir;
}

/**
 * The same renderer, minified like electron.vite.config.ts's, with every dynamic import inlined:
 * one script, loaded up front.
 */
export async function buildEagerRenderer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'pd-bench-eager-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(ROOT, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      rollupOptions: {
        input: { index: join(ROOT, 'renderer', 'index.html') },
        output: { codeSplitting: false },
      },
    },
  });
  return outDir;
}

/** A locked vault, so the page opens on the unlock screen. */
async function lockedCore(): Promise<Core> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-bench-unlock-'));
  const options = { dataDir, version: 'bench', host: 'web' as const, log: silentLogger() };
  const first = await createCore({ ...options, kdfCost: TEST_KDF_COST });
  await caller(first)('vault.create', { passphrase: PASSPHRASE });
  first.close();
  return createCore({ ...options, kdfCost: TEST_KDF_COST });
}

const USABLE = 'pendamping-bench: unlock screen usable';

/**
 * Records, in the page, when the unlock field first exists and a frame has been drawn, and says
 * so on the console: waiting with page.waitForFunction instead would have Playwright evaluate its
 * injected script in the page while the renderer is still starting, on the measured time.
 */
const OBSERVE_UNLOCK_FIELD = `(() => {
  const done = () => requestAnimationFrame(() => setTimeout(() => {
    window.__unlockUsableAt = performance.now();
    console.log('${USABLE}');
  }, 0));
  new MutationObserver((_, observer) => {
    if (document.querySelector('${UNLOCK_FIELD}')) { observer.disconnect(); done(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function loadOnce(browser: Browser, host: WebHost): Promise<Load> {
  // A new context each time: an empty cache, as on the first start after an update.
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const token = new URL(host.launchUrl).searchParams.get('token') ?? '';
    await context.addCookies([{ name: COOKIE_NAME, value: token, url: host.url }]);
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_UNLOCK_FIELD);
    // Set on the blank page before navigating, as Lighthouse does: DevTools carries it over.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const usable = page.waitForEvent('console', {
      predicate: (message) => message.text() === USABLE,
      timeout: 60_000,
    });
    await page.goto(`${host.url}/`, { waitUntil: 'commit' });
    await usable;
    return await page.evaluate(() => {
      const at = (window as unknown as { __unlockUsableAt: number }).__unlockUsableAt;
      const jsBytes = performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
        .filter((e) => e.responseEnd <= at)
        .reduce((sum, e) => sum + e.decodedBodySize, 0);
      return { ms: at, jsBytes };
    });
  } finally {
    await context.close();
  }
}

export async function measureUnlockScreen(
  rendererDirs: { split: string; eager: string },
  rounds: number,
): Promise<{ split: Load[]; eager: Load[] }> {
  const core = await lockedCore();
  const split = await startWebHost({ core, rendererDir: rendererDirs.split, log: silentLogger() });
  const eager = await startWebHost({ core, rendererDir: rendererDirs.eager, log: silentLogger() });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const result: { split: Load[]; eager: Load[] } = { split: [], eager: [] };
  try {
    // Alternated, so a slow moment of the machine falls on both.
    for (let i = 0; i < rounds; i++) {
      result.eager.push(await loadOnce(browser, eager));
      result.split.push(await loadOnce(browser, split));
    }
  } finally {
    await browser.close();
    await split.close();
    await eager.close();
    core.close();
  }
  return result;
}
