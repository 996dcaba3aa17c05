import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/api/settings';
import type { StartCatalog } from '../../../shared/i18n/start/id';
import { formatDateTime } from '../dates';
import { loadCatalog, loadWorkspaceCatalog } from './catalogs';

/**
 * Starts with the chosen language's start words only (main.tsx loads them while the app
 * evaluates); the workspace's words follow (workspaceWords).
 */
export async function initI18n(language: Language, catalog: StartCatalog): Promise<void> {
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

const workspaceLoads = new Map<Language, Promise<void>>();

/**
 * The workspace's words of `language`, added to its catalog once: the unlock screen asks for
 * them once it shows, and every screen behind it waits for them before it loads.
 */
export function workspaceWords(language: Language): Promise<void> {
  let loading = workspaceLoads.get(language);
  if (!loading) {
    loading = loadWorkspaceCatalog(language).then((words) => {
      i18next.addResourceBundle(language, 'translation', words, true, false);
    });
    // A failed fetch is tried again by the next screen that needs the words.
    loading.catch(() => workspaceLoads.delete(language));
    workspaceLoads.set(language, loading);
  }
  return loading;
}

/** The language the app now speaks, as the contract names it. */
export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'id';
}

export async function switchLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadCatalog(language), true, false);
  }
  await workspaceWords(language);
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
