import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText, RISK_LEVEL_LABELS, type ReviewStatus } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { useLoad } from '../ui/use-load';
import { usePersonLabel } from './people-context';
import { SyncedAsOf } from '../sync/SyncedAsOf';

const STATUSES: ReviewStatus[] = ['submitted', 'returned', 'signed'];

/** Submitted sessions, risk first then longest waiting; filters and counts per counselor. */
export function ReviewQueue(props: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const [counselorId, setCounselor] = useState('');
  const [status, setStatus] = useState<ReviewStatus>('submitted');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const load = useCallback(
    () =>
      api.call('review.queue', {
        status: [status],
        limit: 200,
        ...(counselorId ? { counselorId } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }),
    [api, counselorId, status, from, to],
  );
  const { data, error } = useLoad(load);

  return (
    <section className="review-queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('review.queue.title')}</h2>
      <SyncedAsOf />
      <p className="hint">{t('review.queue.intro')}</p>
      <div className="filters">
        <label>
          {t('review.queue.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`review.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.queue.counselor')}
          <select value={counselorId} onChange={(e) => setCounselor(e.target.value)}>
            <option value="">{t('review.queue.allCounselors')}</option>
            {(data?.counts ?? []).map((c) => (
              <option key={c.counselorId} value={c.counselorId}>
                {personLabel(c.counselorId)} ({c.count})
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('review.queue.from')} value={from} onChange={setFrom} />
        <DateField label={t('review.queue.to')} value={to} onChange={setTo} />
      </div>
      <ErrorAlert error={error} />
      {data && (
        <>
          <p className="hint">{t('review.queue.total', { count: data.total })}</p>
          {data.items.length === 0 ? (
            <p className="empty">{t('review.queue.empty')}</p>
          ) : (
            <ul className="item-list review-queue-list">
              {data.items.map((item) => (
                <li key={item.sessionId}>
                  <button
                    type="button"
                    className="item"
                    onClick={() =>
                      props.navigate({
                        kind: 'session',
                        sessionId: item.sessionId,
                        caseId: item.caseId,
                      })
                    }
                  >
                    <span className="item-title">{item.alias}</span>{' '}
                    <span className={`risk-badge ${item.riskLevel}`}>
                      {labelText(RISK_LEVEL_LABELS[item.riskLevel], language)}
                    </span>
                    <span className="item-meta">
                      {formatInstant(item.startsAt, language)} · {personLabel(item.counselorId)} ·{' '}
                      {t('review.queue.waitingSince', {
                        date: formatInstant(item.submittedAt, language),
                      })}
                    </span>
                    {item.signatureRefused && (
                      <span className="signature-refused">
                        {t('review.queue.signatureRefused')}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {data.counts.length > 0 && (
            <>
              <h3>{t('review.queue.counts')}</h3>
              <ul className="counselor-counts">
                {data.counts.map((c) => (
                  <li key={c.counselorId}>
                    {personLabel(c.counselorId)}: {c.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
