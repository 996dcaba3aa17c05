import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { formatDay, formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { usePersonLabel } from '../review/people-context';
import { ErasureRequestList } from './ErasureRequestList';

/**
 * The erasure register: all that remains of erased cases; above it, erasures still waiting for
 * a connection. Both reload on records.changed, as waiting erasures run when the sync returns.
 */
export function ErasedCases(): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const load = useCallback(() => api.call('erasure.list', {}), [api]);
  const { data: records } = useLoad(load);

  if (!records) return null;
  return (
    <section className="card erased-cases" aria-labelledby="erased-cases-title">
      <h2 id="erased-cases-title">{t('erasure.registerTitle')}</h2>
      <ErasureRequestList />
      {records.length === 0 ? (
        <p className="hint">{t('erasure.registerEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('erasure.registerCase')}</th>
              <th>{t('erasure.registerOpened')}</th>
              <th>{t('erasure.registerClosed')}</th>
              <th>{t('erasure.registerErased')}</th>
              <th>{t('erasure.registerBy')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.caseId}>
                <td>
                  <code>{r.caseId.slice(0, 8)}</code>
                  {!r.verified && <span className="warning"> · {t('erasure.unverified')}</span>}
                  {r.refusedHere && (
                    <p role="alert" className="warning">
                      {t(`erasure.refusedHere.${r.refusedHere}`)}
                    </p>
                  )}
                </td>
                <td>{r.openedOn ? formatDay(r.openedOn, language) : '—'}</td>
                <td>{formatInstant(r.closedAt, language)}</td>
                <td>{formatInstant(r.erasedAt, language)}</td>
                <td>{person(r.erasedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
