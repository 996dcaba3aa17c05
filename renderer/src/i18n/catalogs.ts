import type { Language } from '../../../shared/api/settings';
import type { Catalog } from '../../../shared/i18n';

/**
 * Each language's words are a script of their own, so the first screen evaluates only the language
 * it shows (issue #11, item 6). index.html preloads Bahasa Indonesia's, the default
 * (electron.vite.config.ts): fetched and compiled while the rest loads, it is there when the
 * settings answer names it. English's is fetched when named, from the local host.
 */
export function loadCatalog(language: Language): Promise<Catalog> {
  return language === 'en'
    ? import('../../../shared/i18n/en').then((m) => m.en)
    : import('../../../shared/i18n/id').then((m) => m.id);
}
