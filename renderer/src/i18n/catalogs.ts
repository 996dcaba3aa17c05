import type { Language } from '../../../shared/api/settings';
import type { StartCatalog } from '../../../shared/i18n/start/id';
import type { WorkspaceCatalog } from '../../../shared/i18n/workspace/id';

/**
 * Each language's words come in two scripts of their own (issue #11, item 6): the start words,
 * which the unlock screen needs, and the workspace's, which only an unlocked vault shows. The
 * first screen evaluates only the start words of the language it shows; index.html preloads
 * Bahasa Indonesia's, the default (electron.vite.config.ts). The rest is fetched from the local
 * host once the unlock screen is up.
 */
export function loadCatalog(language: Language): Promise<StartCatalog> {
  return language === 'en'
    ? import('../../../shared/i18n/start/en').then((m) => m.startEn)
    : import('../../../shared/i18n/start/id').then((m) => m.startId);
}

export function loadWorkspaceCatalog(language: Language): Promise<WorkspaceCatalog> {
  return language === 'en'
    ? import('../../../shared/i18n/workspace/en').then((m) => m.workspaceEn)
    : import('../../../shared/i18n/workspace/id').then((m) => m.workspaceId);
}
