import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from '../../shared/api/client';
import { ApiContext } from './api/api-context';
import { createTransport } from './api/transport';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const api = new ApiClient(
  createTransport(() => {
    api.failAll({ code: 'internal', message: 'connection to the app core closed' });
    root.render(<p className="fatal">Pendamping: the app core cannot be reached. Reload.</p>);
  }),
);

// Asked together: on a slow laptop each round trip before the first screen shows is felt.
const [settings, status, info] = await Promise.all([
  api.call('settings.get', {}),
  api.call('vault.status', {}),
  api.call('app.info', {}),
]);
await initI18n(settings.language);

root.render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <App initialSettings={settings} initialStatus={status} info={info} />
    </ApiContext.Provider>
  </StrictMode>,
);
