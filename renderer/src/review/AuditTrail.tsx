import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditKind } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { usePersonLabel } from './people-context';

/** A case's audit trail, verified (gaps, altered entries, bad signatures), with filters. */
export function AuditTrail(): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const [caseId, setCaseId] = useState('');
  const [kind, setKind] = useState('');
  const [by, setBy] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const loadCases = useCallback(() => api.call('cases.list', { sort: 'alias' }), [api]);
  const cases = useLoad(loadCases);
  const chosen = caseId || cases.data?.cases[0]?.id || '';
  const load = useCallback(
    () =>
      chosen
        ? api.call('audit.list', {
            caseId: chosen,
            filters: {
              ...(kind ? { kind: kind as AuditKind } : {}),
              ...(by ? { by } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
            },
          })
        : Promise.resolve(null),
    [api, chosen, kind, by, from, to],
  );
  const trail = useLoad(load);
  const data = trail.data;

  return (
    <section className="audit-trail" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('review.audit.title')}</h2>
      <div className="filters">
        <label>
          {t('review.audit.chooseCase')}
          <select value={chosen} onChange={(e) => setCaseId(e.target.value)}>
            {(cases.data?.cases ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.alias}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.audit.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('review.audit.all')}</option>
            {AuditKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`review.audit.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.audit.person')}
          <select value={by} onChange={(e) => setBy(e.target.value)}>
            <option value="">{t('review.audit.all')}</option>
            {(data?.people ?? []).map((p) => (
              <option key={p} value={p}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <DateField label={t('review.audit.from')} value={from} onChange={setFrom} />
        <DateField label={t('review.audit.to')} value={to} onChange={setTo} />
      </div>
      <ErrorAlert error={trail.error ?? cases.error} />
      {data && (
        <>
          {data.verification.valid ? (
            <p className="notice" role="status" data-audit="valid">
              {t('review.audit.valid', { count: data.verification.entries })}
            </p>
          ) : (
            <div className="warning" role="alert" data-audit="problems">
              <p>{t('review.audit.problems', { count: data.verification.problems.length })}</p>
              <ul>
                {data.verification.problems.map((p, i) => (
                  <li key={i}>{t(`review.audit.problem.${p.kind}`, { seq: p.seq })}</li>
                ))}
              </ul>
            </div>
          )}
          {data.entries.length === 0 ? (
            <p className="empty">{t('review.audit.empty')}</p>
          ) : (
            <table className="log-table">
              <thead>
                <tr>
                  <th>{t('review.audit.from')}</th>
                  <th>{t('review.audit.kind')}</th>
                  <th>{t('review.audit.person')}</th>
                  <th>#</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={`${e.chain}-${e.seq}`}>
                    <td>{formatInstant(e.at, language)}</td>
                    <td>
                      {/* An export says what left the vault and how (issue #14, item 6); a
                          copy of an attachment has its own format, and its name stays out. */}
                      {e.what
                        ? `${t(`exports.what.${e.what}`)}${e.format ? ` (${e.format.toUpperCase()})` : ''}`
                        : t(`review.audit.kinds.${e.kind}`)}
                      {e.sessionId ? ` (${t('review.audit.session')})` : ''}
                    </td>
                    <td>{personLabel(e.by)}</td>
                    <td>{e.seq}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
