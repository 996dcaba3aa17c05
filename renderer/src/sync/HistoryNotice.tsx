import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/**
 * What the authors' sequence numbers showed of the history the relay served (issue #10, item 4):
 * a teammate's changes held back, one change number with two contents, changes out of order.
 * Missing changes stay listed while they are missing; the rest can be dismissed once read.
 */
export function HistoryNotice({
  overview,
  onChange,
}: {
  overview: SyncOverview;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const [error, setError] = useState('');
  const { missing, forked, reordered } = overview.history;
  if (missing.length === 0 && forked.length === 0 && reordered === 0) return null;
  const name = (memberNo: number): string => {
    const m = overview.members.find((x) => x.memberNo === memberNo);
    const label = m?.displayName ?? t('sync.member', { n: memberNo });
    return m && !m.me && !m.verified ? t('sync.history.unverified', { name: label }) : label;
  };
  const serious = missing.length > 0 || forked.length > 0;
  return (
    <div
      className={serious ? 'card notice danger' : 'card notice'}
      role={serious ? 'alert' : 'status'}
      data-testid="sync-history"
    >
      <h2>{t('sync.history.title')}</h2>
      <ul>
        {missing.map((m) => (
          <li key={`m${m.memberNo}`}>
            {t('sync.history.missing', {
              name: name(m.memberNo),
              count: m.changes,
              documents: m.documents,
            })}
          </li>
        ))}
        {forked.map((f) => (
          <li key={`f${f.memberNo}`}>
            {t('sync.history.forked', { name: name(f.memberNo), count: f.changes })}
          </li>
        ))}
        {reordered > 0 && <li>{t('sync.history.reordered', { count: reordered })}</li>}
      </ul>
      <p className="hint">
        {missing.length > 0 ? t('sync.history.missingHow') : t('sync.history.forkedHow')}
      </p>
      {(forked.length > 0 || reordered > 0) && (
        <button
          type="button"
          onClick={() => {
            setError('');
            void api
              .call('sync.dismissHistory', {})
              .then(onChange, (e: unknown) => setError(errorText(t, e)));
          }}
        >
          {t('sync.history.dismiss')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
