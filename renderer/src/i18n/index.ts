import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/api/settings';
import { catalogs } from '../../../shared/i18n';
import { formatDateTime } from '../dates';

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    resources: {
      id: { translation: catalogs.id },
      en: { translation: catalogs.en },
    },
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
