import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/api/settings';

/**
 * The locale Chromium formats date and time inputs by (issue #12, item 8). Chromium draws
 * <input type="date"> and "datetime-local" in the browser's locale, not the page's `lang`
 * (checked in Chromium 13x: an en-US browser shows "12/06/2026, 10:47 PM" whatever `lang` says),
 * so the app starts Chromium in the language the person chose: day first and 24-hour for both.
 * Read from the settings file the core keeps in clear (electron/core/settings/settings-file.ts)
 * before the app is ready, when the switch still counts; a change applies at the next start.
 */
export function chromiumLocale(dataDir: string): string {
  return chosenLanguage(dataDir) === 'en' ? 'en-GB' : 'id';
}

/** The language the person chose (Bahasa Indonesia until they choose): the menu speaks it too. */
export function chosenLanguage(dataDir: string): Language {
  try {
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
      language?: unknown;
    };
    return settings.language === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}
