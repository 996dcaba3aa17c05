import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureRecord } from '../../../shared/api/erasure';
import { useApi } from '../api/api-context';
import { formatDay, formatInstant, useLanguage } from '../cases/ui/dates';
import { usePersonLabel } from '../review/people-context';

/** The erasure register: all that remains of erased cases. */
export function ErasedCases(): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const [records, setRecords] = useState<ErasureRecord[] | null>(null);

  useEffect(() => {
    void api.call('erasure.list', {}).then(setRecords, () => setRecords(null));
  }, [api]);

  if (!records) return null;
  return (
    <section className="card erased-cases" aria-labelledby="erased-cases-title">
      <h2 id="erased-cases-title">{t('erasure.registerTitle')}</h2>
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
