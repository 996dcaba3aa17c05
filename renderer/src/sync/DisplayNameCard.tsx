import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/** The name this account shows the team; offered before creating or joining one too. */
export function DisplayNameCard({
  overview,
  onChange,
}: {
  overview: SyncOverview;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const saved = overview.self.displayName ?? '';
  const [name, setName] = useState(saved);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setMessage('');
    try {
      onChange(await api.call('sync.setDisplayName', { name }));
      setMessage(t('sync.displayName.saved'));
    } catch (e) {
      setMessage(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card display-name" onSubmit={(e) => void save(e)}>
      <h2>{t('sync.displayName.title')}</h2>
      <p className="hint">{t('sync.displayName.hint')}</p>
      <label>
        {t('sync.displayName.label')}
        <input
          value={name}
          maxLength={60}
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit" disabled={busy || name.trim() === saved}>
        {t('sync.displayName.save')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
