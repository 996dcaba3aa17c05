import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKeyIssued, VaultStatus } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/** Shows the recovery key once and asks for some of its groups back before it is kept. */
export function RecoveryKeyPanel({
  issued,
  onConfirmed,
}: {
  issued: RecoveryKeyIssued;
  onConfirmed: (status: VaultStatus) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [groups, setGroups] = useState(() => issued.confirmGroups.map(() => ''));
  const [error, setError] = useState('');
  const ordinal = issued.confirmGroups.map((g) => g + 1).join(' & ');

  async function confirm(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    try {
      onConfirmed(await api.call('vault.confirmRecoveryKey', { groups }));
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <main className="gate">
      <h1>{t('vault.recoveryTitle')}</h1>
      <p>{t('vault.recoveryIntro')}</p>
      <p className="recovery-key" data-testid="recovery-key">
        {issued.recoveryKey}
      </p>
      <form onSubmit={(e) => void confirm(e)}>
        <p>{t('vault.recoveryConfirmIntro', { groups: ordinal })}</p>
        {issued.confirmGroups.map((group, index) => (
          <label key={group}>
            {t('vault.recoveryGroup', { n: group + 1 })}
            <input
              autoComplete="off"
              spellCheck={false}
              value={groups[index]}
              onChange={(e) =>
                setGroups((all) => all.map((v, i) => (i === index ? e.target.value : v)))
              }
            />
          </label>
        ))}
        <button type="submit">{t('vault.recoveryConfirm')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}
