import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureRequest } from '../../../shared/api/erasure';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';

/**
 * Erasures asked for without a connection: waiting (cancellable until they run) or not carried
 * out when the connection came back, with the reason (dismissable). Hidden when there are none.
 */
export function ErasureRequestList(): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('erasure.requests', {}), [api]);
  const { data: requests, setData } = useLoad(load);
  const submit = useSubmit();
  if (!requests || requests.length === 0) return null;

  async function cancel(caseId: string): Promise<void> {
    const next = await submit.run(() => api.call('erasure.cancel', { caseId }));
    if (next) setData(next);
  }

  const state = (r: ErasureRequest): string =>
    r.state === 'waiting'
      ? t('erasure.requestWaiting')
      : t('erasure.requestRefused', { reason: t(`erasure.reason.${r.refusal.reason}`) });

  return (
    <section className="erasure-requests" aria-labelledby="erasure-requests-title">
      <h3 id="erasure-requests-title">{t('erasure.requestsTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('erasure.requestCase')}</th>
            <th>{t('erasure.requestAt')}</th>
            <th>{t('erasure.requestState')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.caseId}>
              <td>{r.alias ?? t('erasure.requestNoCase')}</td>
              <td>{formatInstant(r.requestedAt, language)}</td>
              <td className={r.state === 'refused' ? 'warning' : undefined}>{state(r)}</td>
              <td>
                <button type="button" disabled={submit.busy} onClick={() => void cancel(r.caseId)}>
                  {r.state === 'waiting' ? t('erasure.cancel') : t('erasure.dismiss')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorAlert error={submit.error} />
    </section>
  );
}
