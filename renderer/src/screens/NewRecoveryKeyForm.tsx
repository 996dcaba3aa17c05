import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKeyIssued } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/**
 * Asks for the current passphrase before a new recovery key is made (issue 10): someone at an
 * unlocked laptop must not be able to swap the key that opens the vault.
 */
export function NewRecoveryKeyForm({
  onIssued,
}: {
  onIssued: (issued: RecoveryKeyIssued) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const issued = await api.call('vault.newRecoveryKey', { passphrase });
      setPassphrase('');
      onIssued(issued);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="new-recovery-key" onSubmit={(e) => void submit(e)}>
      <label>
        {t('vault.recoveryPassphrase')}
        <input
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      <button type="submit" disabled={busy || passphrase === ''}>
        {t('vault.recoveryNew')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
