import { describe, expect, it } from 'vitest';
import { expectAccessible, forgetViolations, violationsSoFar } from './support/accessibility';
import { appUnderTest } from './support/app-under-test';
import { openApp } from './support/browser';
import { createVault } from './support/vault-steps';

/*
 * The accessibility check of the end-to-end support (issue #15, item 5) attacked: a screen with
 * a serious violation fails, in the theme shown and in the other one, without the spec asking.
 */
describe('every screen the tests visit is checked with axe-core', () => {
  const app = appUnderTest();

  it('fails on a control with no name, found on its own when the screen changes', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    await expectAccessible(page);
    // A button without a name is a critical violation (button-name).
    await page.evaluate(() => {
      const heading = document.createElement('h2');
      heading.textContent = 'Layar uji';
      const button = document.createElement('button');
      button.id = 'unnamed';
      document.querySelector('main, #root')?.append(heading, button);
    });
    // Nobody asks: the watcher sees the new heading and checks the screen by itself.
    await expect
      .poll(() => violationsSoFar().map((v) => v.rule), { timeout: 20_000 })
      .toContain('button-name');
    forgetViolations();
    await expect(expectAccessible(page)).rejects.toThrow(/button-name/);
    await page.evaluate(() => document.getElementById('unnamed')?.remove());
    await page.context().close();
  });

  it('checks contrast in the other theme too', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    // Readable in the light theme, unreadable in the dark one: the check must see it.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'dark-only';
      style.textContent =
        ":root[data-theme='dark'] #dim { color: #1c2027; } #dim { color: #1d2433; }";
      document.head.append(style);
      const p = document.createElement('p');
      p.id = 'dim';
      p.textContent = 'Teks yang hilang dalam gelap';
      document.querySelector('main, #root')?.append(p);
    });
    await expect(expectAccessible(page)).rejects.toThrow(/color-contrast \(dark theme/);
    await page.evaluate(() => document.getElementById('dim')?.remove());
    await page.context().close();
  });

  it('fails when the navigation or the lock control leaves the laptop screen (issue #12)', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await createVault(page);
    await page.locator('.frame > nav .lock').waitFor();
    await expectAccessible(page);
    // The lock pushed below the fold of a 1366×768 screen, as a long page without a fixed
    // sidebar would: the check sees it on the next screen, unasked.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'lock-away';
      style.textContent = '.frame > nav .lock { position: relative; top: 3000px; }';
      document.head.append(style);
      const heading = document.createElement('h2');
      heading.textContent = 'Layar panjang';
      document.querySelector('main')?.append(heading);
    });
    await expect(expectAccessible(page)).rejects.toThrow(/frame-in-view.*lock control/);
    await page.evaluate(() => document.getElementById('lock-away')?.remove());
    await page.context().close();
  });
});
