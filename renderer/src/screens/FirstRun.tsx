import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKeyIssued } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { RestoreBackup } from '../backup/RestoreBackup';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PassphraseStrength, usePassphraseAcceptable } from '../components/PassphraseStrength';

export function FirstRun({
  onCreated,
}: {
  onCreated: (issued: RecoveryKeyIssued) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [restoring, setRestoring] = useState(false);
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  const acceptable = usePassphraseAcceptable(passphrase);
  const ready = acceptable && repeat === passphrase && !busy;

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      onCreated(await api.call('vault.create', { passphrase }));
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  }

  if (restoring) return <RestoreBackup onBack={() => setRestoring(false)} />;

  return (
    <main className="gate">
      <LanguageSwitch />
      <h1>{t('vault.firstRunTitle')}</h1>
      <p>{t('vault.firstRunIntro')}</p>
      <form onSubmit={(e) => void create(e)}>
        <label>
          {t('vault.passphrase')}
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        <PassphraseStrength passphrase={passphrase} />
        <label>
          {t('vault.passphraseRepeat')}
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </label>
        {mismatch && <p className="hint">{t('vault.mismatch')}</p>}
        <button type="submit" disabled={!ready}>
          {busy ? t('vault.creating') : t('vault.create')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
      <button type="button" className="link" onClick={() => setRestoring(true)}>
        {t('backup.restoreLink')}
      </button>
    </main>
  );
}
