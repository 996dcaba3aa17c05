import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/** Not in a team yet: a supervisor creates one, a counselor joins with an invite code. */
export function EnrollForms({
  onEnrolled,
}: {
  onEnrolled: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [serverUrl, setServerUrl] = useState('ws://');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function run(work: () => Promise<SyncOverview>): Promise<void> {
    setBusy(true);
    setError('');
    try {
      onEnrolled(await work());
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="enroll">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.call('sync.join', { code: code.trim() }));
        }}
      >
        <h2>{t('sync.joinTitle')}</h2>
        <p className="hint">{t('sync.joinHint')}</p>
        <label>
          {t('sync.code')}
          <textarea
            rows={3}
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || code.trim().length < 10}>
          {t('sync.join')}
        </button>
      </form>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.call('sync.createTeam', { serverUrl: serverUrl.trim() }));
        }}
      >
        <h2>{t('sync.createTitle')}</h2>
        <p className="hint">{t('sync.createHint')}</p>
        <label>
          {t('sync.serverUrl')}
          <input
            spellCheck={false}
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || !/^wss?:\/\/\S+/.test(serverUrl.trim())}>
          {t('sync.create')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
