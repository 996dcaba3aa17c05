import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/api/settings';
import { catalogs } from '../../../shared/i18n';

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
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Dates and numbers follow the chosen language through Intl. */
export function formatDate(date: Date | number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB').format(value);
}
