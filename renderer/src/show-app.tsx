import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from '../../shared/api/client';
import type { MethodOutput } from '../../shared/api/contract';
import type { Settings } from '../../shared/api/settings';
import type { StartCatalog } from '../../shared/i18n/start/id';
// Only the shell's words, not the catalogs: the first screen loads one language (catalogs.ts).
import { shellEn } from '../../shared/i18n/shell/en';
import { shellId } from '../../shared/i18n/shell/id';
import type { VaultStatus } from '../../shared/api/vault';
import { ApiContext } from './api/api-context';
import { App } from './App';
import { initI18n } from './i18n';

const root = createRoot(document.getElementById('root') as HTMLElement);

/** The app's first screen, given the core's first answers (asked by main.tsx). */
export async function showApp(
  api: ApiClient,
  first: {
    settings: Settings;
    status: VaultStatus;
    info: MethodOutput<'app.info'>;
    catalog: StartCatalog;
  },
): Promise<void> {
  await initI18n(first.settings.language, first.catalog);
  root.render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App initialSettings={first.settings} initialStatus={first.status} info={first.info} />
      </ApiContext.Provider>
    </StrictMode>,
  );
}

/** Said in both languages: the core that would tell which one was chosen is what failed. */
export function showCoreUnreachable(): void {
  root.render(
    <div className="fatal" role="alert">
      <p lang="id">{shellId.coreUnreachable}</p>
      <p lang="en">{shellEn.coreUnreachable}</p>
    </div>,
  );
}
