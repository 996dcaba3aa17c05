import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/api/settings';
import type { Catalog } from '../../../shared/i18n';
import { formatDateTime } from '../dates';
import { loadCatalog } from './catalogs';

/** Starts with the chosen language's catalog only (main.tsx loads it while the app evaluates). */
export async function initI18n(language: Language, catalog: Catalog): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    resources: { [language]: { translation: catalog } },
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  // The page's language is the one Chromium formats date and time inputs by (issue #12, item 8):
  // kept with i18next's, however the language changes.
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
}

export async function switchLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadCatalog(language));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** A date and time in the chosen language's own format (renderer/src/dates.ts). */
export function formatDate(date: Date | number, language: Language): string {
  return formatDateTime(date, language);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB').format(value);
}
