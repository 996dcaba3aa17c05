import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasurePolicy } from '../../../shared/api/erasure';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import { useSubmit } from '../ui/use-submit';

/** The retention period: set by a supervisor for the team (or by someone working alone). */
export function RetentionPolicy(): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [policy, setPolicy] = useState<ErasurePolicy | null>(null);
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();

  useEffect(() => {
    void api.call('erasure.policy', {}).then(
      (p) => {
        setPolicy(p);
        setDays(String(p.retentionDays));
      },
      () => setPolicy(null),
    );
  }, [api]);

  if (!policy) return null;

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setSaved(false);
    const next = await submit.run(() =>
      api.call('erasure.setPolicy', { retentionDays: Number(days) }),
    );
    if (next) {
      setPolicy(next);
      setSaved(true);
    }
  }

  return (
    <form className="card retention-policy" onSubmit={(e) => void save(e)}>
      <h2>{t('erasure.policyTitle')}</h2>
      <p className="hint">{t('erasure.policyHint')}</p>
      <label>
        {t('erasure.policyDays')}
        <input
          type="number"
          min={0}
          max={36500}
          step={1}
          value={days}
          disabled={!policy.canChange}
          onChange={(e) => setDays(e.target.value)}
        />
      </label>
      {policy.setAt && (
        <p className="hint">
          {t('erasure.policySetBy', { at: formatInstant(policy.setAt, language) })}
        </p>
      )}
      {policy.canChange ? (
        <button type="submit" disabled={submit.busy || days === '' || Number(days) < 0}>
          {t('erasure.policySave')}
        </button>
      ) : (
        <p className="hint">{t('erasure.policyReadOnly')}</p>
      )}
      {saved && <p role="status">{t('erasure.policySaved')}</p>}
      <ErrorAlert error={submit.error} />
    </form>
  );
}
