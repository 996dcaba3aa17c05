import type { Locator, Page } from 'playwright-core';

/*
 * Keyboard-only steps (issue #15, item 5): the test moves with Tab and acts with Enter, Space and
 * the arrow keys, as a person without a mouse does. Reading the page is allowed; clicking is not.
 */

async function isFocused(target: Locator): Promise<boolean> {
  return target
    .first()
    .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
    .catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the target holds the focus; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await target.first().waitFor();
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(target)) return;
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
  throw new Error(`Tab never reached ${target.toString()} (the focus is on ${where})`);
}

/** Tab to a control and press a key on it (Enter for buttons and links, Space for ticks). */
export async function activate(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
