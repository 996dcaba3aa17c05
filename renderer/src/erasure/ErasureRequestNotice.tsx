import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';

/**
 * At the top of a case, on every tab: its erasure waits for a connection (and may be cancelled),
 * or was not carried out when the connection came back (and why). Reloads with every change; when
 * a waiting erasure has been carried out meanwhile, `onErased` leaves the case.
 */
export function ErasureRequestNotice({
  caseId,
  onErased,
}: {
  caseId: string;
  onErased: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('erasure.check', { caseId }), [api, caseId]);
  const { data: check, error, reload } = useLoad(load);
  const submit = useSubmit();
  const gone = error instanceof ApiCallError && error.error.code === 'not_found';
  const wasWaiting = check?.state === 'waiting';
  useEffect(() => {
    if (gone && wasWaiting) onErased();
  }, [gone, wasWaiting, onErased]);
  if (!check) return null;
  const at = (iso: string): string => formatInstant(iso, language);

  async function cancel(): Promise<void> {
    if (await submit.run(() => api.call('erasure.cancel', { caseId }))) reload();
  }

  if (check.state === 'waiting') {
    return (
      <section className="notice erasure-request" aria-labelledby="erasure-request-title">
        <h2 id="erasure-request-title">{t('erasure.waitingTitle')}</h2>
        <p>{t('erasure.waiting', { requested: at(check.requestedAt) })}</p>
        <button type="button" disabled={submit.busy} onClick={() => void cancel()}>
          {t('erasure.cancel')}
        </button>
        <ErrorAlert error={submit.error} />
      </section>
    );
  }
  if (!check.refused) return null;
  return (
    <section className="notice erasure-request" aria-labelledby="erasure-request-title">
      <h2 id="erasure-request-title">{t('erasure.refusedTitle')}</h2>
      <p>
        {t('erasure.refused', {
          at: at(check.refused.at),
          reason: t(`erasure.reason.${check.refused.reason}`),
        })}
      </p>
      <button type="button" disabled={submit.busy} onClick={() => void cancel()}>
        {t('erasure.dismiss')}
      </button>
      <ErrorAlert error={submit.error} />
    </section>
  );
}
