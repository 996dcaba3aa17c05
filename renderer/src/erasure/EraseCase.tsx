import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureCheck } from '../../../shared/api/erasure';
import type { CaseDetail } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import { useSubmit } from '../ui/use-submit';

/**
 * On a closed case: permanent erasure once the retention period is over. The core decides what
 * is allowed; this shows its answer and asks for the alias to be typed, since it cannot be undone.
 * An erasure waiting for a connection is shown above the tabs (ErasureRequestNotice) instead.
 */
export function EraseCase({
  detail,
  onErased,
}: {
  detail: CaseDetail;
  onErased: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [check, setCheck] = useState<ErasureCheck | null>(null);
  const [typed, setTyped] = useState('');
  const submit = useSubmit();
  const caseId = detail.meta.id;

  // Loaded again with the case (which reloads on records.changed): a request that starts or
  // stops waiting changes what this shows.
  useEffect(() => {
    void api.call('erasure.check', { caseId }).then(setCheck, () => setCheck(null));
  }, [api, caseId, detail]);

  if (!check || check.state === 'notClosed' || check.state === 'waiting') return null;
  const at = (iso: string): string => formatInstant(iso, language);

  async function erase(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const done = await submit.run(() => api.call('erasure.erase', { caseId, confirmAlias: typed }));
    if (done?.outcome === 'erased') onErased();
    if (done?.outcome === 'waiting') {
      setTyped('');
      setCheck({ state: 'waiting', requestedAt: done.requestedAt });
    }
  }

  return (
    <section className="card erase-case" aria-labelledby="erase-case-title">
      <h2 id="erase-case-title">{t('erasure.title')}</h2>
      <p className="hint">{t('erasure.intro')}</p>
      {check.state === 'statusConflict' && <p>{t('erasure.statusConflict')}</p>}
      {check.state === 'retained' && (
        <p>
          {t('erasure.retained', { closed: at(check.closedAt), eligible: at(check.eligibleAt) })}
        </p>
      )}
      {check.state === 'eligible' && (
        <>
          <p>
            {t('erasure.eligible', { closed: at(check.closedAt), eligible: at(check.eligibleAt) })}
          </p>
          {check.backupsMayHoldKey && <p className="warning">{t('erasure.backupsMayHoldKey')}</p>}
          {!check.canErase ? (
            <p>{t('erasure.supervisorOnly')}</p>
          ) : (
            <form onSubmit={(e) => void erase(e)}>
              {check.needsConnection && <p className="hint">{t('erasure.needsConnection')}</p>}
              <label>
                {t('erasure.confirm', { alias: detail.meta.alias })}
                <input
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </label>
              <button
                type="submit"
                className="danger"
                disabled={submit.busy || typed.trim() !== detail.meta.alias.trim()}
              >
                {t('erasure.erase')}
              </button>
              <ErrorAlert error={submit.error} />
            </form>
          )}
        </>
      )}
    </section>
  );
}
