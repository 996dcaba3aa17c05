import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason, VaultStatus } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PassphraseStrength, usePassphraseAcceptable } from '../components/PassphraseStrength';
import { RecoveryKeyField } from '../components/RecoveryKeyField';

export function Unlock({
  status,
  reason,
  onUnlocking,
  onUnlocked,
}: {
  status: VaultStatus;
  reason: LockReason | undefined;
  /** Called as the passphrase is sent, so the screens after this one can load meanwhile. */
  onUnlocking?: () => void;
  onUnlocked: (status: VaultStatus) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [busy, setBusy] = useState(false);
  // The dictionaries load only once the person chooses to recover with a new passphrase.
  const acceptable = usePassphraseAcceptable(passphrase, mode === 'recover');
  const [error, setError] = useState(
    status.retryAfterSeconds > 0
      ? t('errors.too_many_attempts', { seconds: Math.ceil(status.retryAfterSeconds) })
      : '',
  );

  async function submit(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError('');
    onUnlocking?.();
    try {
      onUnlocked(
        mode === 'unlock'
          ? await api.call('vault.unlock', { passphrase })
          : await api.call('vault.recover', { recoveryKey, newPassphrase: passphrase }),
      );
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  }

  return (
    <main className="gate">
      <LanguageSwitch />
      <h1>{mode === 'unlock' ? t('vault.unlockTitle') : t('vault.recoverTitle')}</h1>
      {reason && mode === 'unlock' && <p className="notice">{t(`vault.lockedBy.${reason}`)}</p>}
      <form onSubmit={(e) => void submit(e)}>
        {mode === 'recover' && <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} />}
        <label>
          {mode === 'unlock' ? t('vault.passphrase') : t('vault.newPassphrase')}
          <input
            type="password"
            autoComplete={mode === 'unlock' ? 'current-password' : 'new-password'}
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        {mode === 'recover' && <PassphraseStrength passphrase={passphrase} />}
        <button type="submit" disabled={busy || (mode === 'recover' && !acceptable)}>
          {busy ? t('vault.unlocking') : mode === 'unlock' ? t('vault.unlock') : t('vault.recover')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
      <button
        type="button"
        className="link"
        onClick={() => {
          setMode(mode === 'unlock' ? 'recover' : 'unlock');
          setError('');
        }}
      >
        {mode === 'unlock' ? t('vault.forgot') : t('vault.back')}
      </button>
    </main>
  );
}
