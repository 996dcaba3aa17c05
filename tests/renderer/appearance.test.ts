import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The theme and text size reach <html> before the first screen (issue #15, item 4). The module
 * touches only document.documentElement.dataset, localStorage and matchMedia: stand-ins here.
 */
type Listener = () => void;

function fakeBrowser(systemDark: boolean) {
  const dataset: Record<string, string> = {};
  const stored = new Map<string, string>();
  const listeners: Listener[] = [];
  const query = {
    matches: systemDark,
    addEventListener: (_: string, listener: Listener) => listeners.push(listener),
  };
  vi.stubGlobal('document', { documentElement: { dataset } });
  vi.stubGlobal('window', { matchMedia: () => query });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  });
  return {
    dataset,
    stored,
    switchSystem(dark: boolean) {
      query.matches = dark;
      for (const listener of listeners) listener();
    },
  };
}

async function load() {
  vi.resetModules();
  return import('../../renderer/src/ui/appearance');
}

describe('the look of the window', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('follows a dark system when the theme is "system", and switches with it at dusk', async () => {
    const browser = fakeBrowser(true);
    const { applyAppearance } = await load();
    applyAppearance({ theme: 'system', textSize: 'normal' });
    expect(browser.dataset.theme).toBe('dark');
    browser.switchSystem(false);
    expect(browser.dataset.theme).toBe('light');
  });

  it('keeps a chosen theme whatever the system does', async () => {
    const browser = fakeBrowser(true);
    const { applyAppearance } = await load();
    applyAppearance({ theme: 'light', textSize: 'larger' });
    browser.switchSystem(true);
    expect(browser.dataset).toEqual({ theme: 'light', textSize: 'larger' });
  });

  it('paints the next start with the look remembered from the last one', async () => {
    const browser = fakeBrowser(false);
    (await load()).applyAppearance({ theme: 'dark', textSize: 'large' });
    browser.dataset.theme = '';
    browser.dataset.textSize = '';
    (await load()).applyRememberedAppearance();
    expect(browser.dataset).toEqual({ theme: 'dark', textSize: 'large' });
  });

  it('falls back to the system and normal text when what was remembered is damaged', async () => {
    const browser = fakeBrowser(false);
    browser.stored.set('pendamping.appearance', '{"theme": "purple", "textSize": 3');
    (await load()).applyRememberedAppearance();
    expect(browser.dataset).toEqual({ theme: 'light', textSize: 'normal' });
  });
});
