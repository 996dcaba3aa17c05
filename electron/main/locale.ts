import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The locale Chromium formats date and time inputs by (issue #12, item 8). Chromium draws
 * <input type="date"> and "datetime-local" in the browser's locale, not the page's `lang`
 * (checked in Chromium 13x: an en-US browser shows "12/06/2026, 10:47 PM" whatever `lang` says),
 * so the app starts Chromium in the language the person chose: day first and 24-hour for both.
 * Read from the settings file the core keeps in clear (electron/core/settings/settings-file.ts)
 * before the app is ready, when the switch still counts; a change applies at the next start.
 */
export function chromiumLocale(dataDir: string): string {
  try {
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
      language?: unknown;
    };
    return settings.language === 'en' ? 'en-GB' : 'id';
  } catch {
    return 'id';
  }
}
