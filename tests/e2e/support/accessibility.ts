import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/*
 * axe-core on every screen an end-to-end test visits (issue #15, item 5), in both themes.
 *
 * Every browser context the support code makes (launchBrowser wraps newContext) gets axe's source
 * and a small watcher as an init script. The watcher waits until the page has been still for a
 * moment after a change, and whenever the screen's headings (or an open dialog) are ones it has
 * not checked yet, it runs axe there: all WCAG 2.1 A/AA and best-practice rules in the theme
 * shown, then (once per screen title) the contrast rule in the other theme. Serious and critical
 * violations come back to Node through a binding; the setup file (accessibility-setup.ts) checks
 * every open page once more after each test and fails the test on any. So a spec gets the check
 * without doing anything, and one that wants a screen checked at a precise moment calls
 * `expectAccessible(page)`.
 *
 * While it measures the other theme, <html data-theme> shows that theme for a moment: a spec that
 * reads the attribute polls it (expect.poll) rather than reading it once.
 *
 * Injected with playwright-core's init scripts (the DevTools protocol), which the page's
 * Content-Security-Policy does not apply to; nothing is downloaded.
 */

export interface A11yViolation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly theme: string;
  readonly screen: string;
  readonly targets: readonly string[];
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const found: A11yViolation[] = [];
/** Where each screen's picture goes (outside the repository; test data only). */
const SCREENS = join(tmpdir(), `pd-e2e-screens-${process.pid}`);
let shots = 0;
const contexts = new Set<BrowserContext>();

/** The watcher, run in the page. Kept as a function so TypeScript checks its syntax. */
function watcher(): void {
  type Axe = {
    run: (
      context: Document,
      options: object,
    ) => Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }>;
  };
  const w = window as unknown as {
    axe?: Axe;
    __pdA11yReport?: (v: unknown) => Promise<void>;
    __pdA11yCheck?: () => Promise<void>;
    __pdScreenshot?: (name: string) => Promise<void>;
  };
  if (!/^https?:$/.test(location.protocol) || !w.axe) return;
  const axe = w.axe;
  const FAILING = new Set(['serious', 'critical']);
  // Screens already checked, so going back and forth costs nothing; the other theme's contrast
  // is checked once per screen (its title), not for every fold that opens on it.
  const checked = new Set<string>();
  const checkedInOtherTheme = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const screenKey = (): string => {
    const headings = [...document.querySelectorAll('h1, h2, h3, [role="dialog"], dialog[open]')]
      .map((h) => `${h.tagName}:${(h.textContent ?? '').trim().slice(0, 40)}`)
      .join('|');
    return headings.slice(0, 2000);
  };
  const screenName = (): string =>
    (document.querySelector('dialog[open] h2, h1')?.textContent ?? document.title).trim();

  const report = async (theme: string, options: object): Promise<void> => {
    const result = await axe.run(document, options);
    for (const v of result.violations) {
      if (!FAILING.has(v.impact ?? '')) continue;
      await w.__pdA11yReport?.({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        theme,
        screen: screenName(),
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      });
    }
  };

  const shot = new Set<string>();
  /**
   * Issue #12: on a laptop screen (1200×720 and up) the navigation and the lock control are in
   * view on every screen, and each screen is photographed once for whoever reviews the run.
   */
  const frameInView = async (): Promise<void> => {
    const name = screenName();
    if (!shot.has(name)) {
      shot.add(name);
      await w.__pdScreenshot?.(name);
    }
    const nav = document.querySelector('.frame > nav');
    if (!nav || innerWidth < 1200 || innerHeight < 720) return;
    const visible = (el: Element | null): boolean => {
      const r = el?.getBoundingClientRect();
      return !!r && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 1;
    };
    for (const [what, el] of [
      ['navigation', nav.querySelector('a, button')],
      ['lock control', nav.querySelector('.lock')],
    ] as const) {
      if (visible(el)) continue;
      await w.__pdA11yReport?.({
        rule: 'frame-in-view',
        impact: 'serious',
        help: `the ${what} is out of view at ${innerWidth}×${innerHeight}`,
        theme: document.documentElement.dataset.theme ?? 'light',
        screen: name,
        targets: ['.frame > nav'],
      });
    }
  };

  const checkNow = async (force: boolean): Promise<void> => {
    await frameInView();
    const root = document.documentElement;
    const shown = root.dataset.theme === 'dark' ? 'dark' : 'light';
    const other = shown === 'dark' ? 'light' : 'dark';
    await report(shown, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    // The other theme, for contrast only: the markup is the same in both.
    const title = `${shown}:${screenName()}`;
    if (!force && checkedInOtherTheme.has(title)) return;
    checkedInOtherTheme.add(title);
    const writes = new MutationObserver(() => undefined);
    writes.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    root.dataset.theme = other;
    try {
      await report(other, {
        runOnly: { type: 'rule', values: ['color-contrast'] },
        resultTypes: ['violations'],
      });
    } finally {
      // What was shown is shown again, unless the app set the theme itself meanwhile (a write
      // besides this check's own, even of the same value).
      const appWrote = writes.takeRecords().length > 1;
      writes.disconnect();
      if (!appWrote) root.dataset.theme = shown;
    }
  };

  /** Queues a check after the ones running: axe runs one at a time. */
  const enqueue = (force: boolean): Promise<void> => {
    chain = chain
      .then(async () => {
        const key = screenKey();
        if (!force && checked.has(key)) return;
        checked.add(key);
        await checkNow(force);
      })
      .catch(() => undefined);
    return chain;
  };

  const start = (): void => {
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void enqueue(false), 400);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(() => void enqueue(false), 300);
  };
  w.__pdA11yCheck = () => enqueue(true);
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
}

/** Gives a browser context the watcher; done for every context launchBrowser's browser makes. */
export async function installAccessibilityCheck(context: BrowserContext): Promise<void> {
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  // A spec that closes its context at the end still has its last screen checked.
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    for (const page of context.pages()) await checkScreen(page).catch(() => undefined);
    return close(...args);
  };
  await context.exposeBinding('__pdA11yReport', (_source, violation: A11yViolation) => {
    found.push(violation);
  });
  await context.exposeBinding('__pdScreenshot', async ({ page }, name: string) => {
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40);
    const path = join(SCREENS, `${String(++shots).padStart(4, '0')}-${slug || 'screen'}.png`);
    await page.screenshot({ path }).catch(() => undefined);
  });
  // `__name`: the helper a TypeScript transform may wrap named functions in, absent in the page.
  const script = `var __name = (f) => f;\n${axeSource}\n;(${watcher.toString()})();`;
  await context.addInitScript({ content: script });
}

/** Makes every new context of this browser (and every page opened on the browser) checked. */
export function checkEveryContextOf(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: Parameters<Browser['newContext']>[0]) => {
    // A counselor's laptop, unless the spec says otherwise (issue #12: tested at 1366×768).
    const context = await newContext({ viewport: { width: 1366, height: 768 }, ...options });
    await installAccessibilityCheck(context);
    return context;
  };
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const context = await browser.newContext(...args);
    return context.newPage();
  };
  return browser;
}

/** Checks the page's screen now (whether or not it changed) and waits for the answer. */
export async function checkScreen(page: Page): Promise<void> {
  if (page.isClosed() || !/^https?:/.test(page.url())) return;
  const installed = await page
    .evaluate(async () => {
      const check = (window as { __pdA11yCheck?: () => Promise<void> }).__pdA11yCheck;
      if (!check) return false;
      await check();
      return true;
    })
    .catch(() => true); // a page that navigates away meanwhile is checked on its next screen
  // A watcher that failed to start would pass every test silently.
  if (!installed) throw new Error(`the accessibility check is not running on ${page.url()}`);
}

/** Checks the screen now and fails on any serious or critical violation seen so far. */
export async function expectAccessible(page: Page): Promise<void> {
  await checkScreen(page);
  throwIfViolations();
}

/** What the watcher has reported so far in this test, without checking anything now. */
export function violationsSoFar(): readonly A11yViolation[] {
  return [...found];
}

/** Forgets what was reported (for a test of the check itself, which makes violations on purpose). */
export function forgetViolations(): void {
  found.splice(0);
}

/** After each test: every open page once more, then fail on what was found during the test. */
export async function checkOpenPagesAndReport(): Promise<void> {
  for (const context of [...contexts]) {
    for (const page of context.pages()) await checkScreen(page);
  }
  throwIfViolations();
}

function throwIfViolations(): void {
  if (found.length === 0) return;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const v of found.splice(0)) {
    const line = `[${v.impact}] ${v.rule} (${v.theme} theme, screen "${v.screen}"): ${v.help} — ${v.targets.join(', ')}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  throw new Error(`Accessibility violations (axe-core):\n${lines.join('\n')}`);
}
