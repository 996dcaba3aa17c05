import type { Language } from '../../../shared/api/settings';
import type { Catalog } from '../../../shared/i18n';

/**
 * Each language's words are a script of their own, so the first screen fetches and evaluates only
 * the language it shows (issue #11, item 6); the other loads when the person switches to it.
 */
export function loadCatalog(language: Language): Promise<Catalog> {
  return language === 'en'
    ? import('../../../shared/i18n/en').then((m) => m.en)
    : import('../../../shared/i18n/id').then((m) => m.id);
}
