import { ApiClient } from '../../shared/api/client';
import { createTransport } from './api/transport';
import { loadCatalog } from './i18n/catalogs';
import { applyAppearance, applyRememberedAppearance } from './ui/appearance';
import './ui/tokens.css';
import './styles.css';

// The theme and text size before anything paints (issue #15, item 4).
applyRememberedAppearance();

/*
 * Before zod loads: the page's CSP forbids eval, and zod otherwise probes for it with
 * `new Function` while building its first object schema, which the browser reports as a CSP
 * violation (tens of milliseconds on a slow laptop). zod reads its configuration from this global
 * so that every copy of it shares one (zod/v4/core/core.js).
 */
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = {
  jitless: true,
};

/*
 * The first script is small on purpose (issue #11, item 6): it opens the connection to the core
 * and asks its three questions, then loads React, the schemas and the unlock screen, which
 * index.html has already asked the browser to fetch (electron.vite.config.ts preloads them). On a
 * slow laptop the answers arrive while that script is still being evaluated, instead of the
 * round trips starting after it.
 */
const app = import('./show-app');
const api = new ApiClient(
  createTransport(() => {
    api.failAll({ code: 'internal', message: 'connection to the app core closed' });
    void app.then((m) => m.showCoreUnreachable());
  }),
  import('../../shared/api/client-schemas').then((m) => m.clientSchemas),
);

async function start(): Promise<void> {
  // Asked together: on a slow laptop each round trip before the first screen shows is felt. The
  // words of the chosen language are fetched as soon as the settings say which it is.
  const settings = api.call('settings.get', {});
  void settings.then(applyAppearance, () => undefined);
  const catalog = settings.then((s) => loadCatalog(s.language));
  catalog.catch(() => undefined); // a failure is the answers' own, reported through them
  const answers = Promise.all([settings, api.call('vault.status', {}), api.call('app.info', {})]);
  const [{ showApp }, [first, status, info]] = await Promise.all([app, answers]);
  await showApp(api, { settings: first, status, info, catalog: await catalog });
}

// Not a top-level await: a chunk that imports from this one must not wait for the first screen.
void start();
