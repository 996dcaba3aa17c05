import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText, WELLBEING_BAND_LABELS, WELLBEING_TREND_LABELS } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useLanguage } from '../i18n/use-language';
import { usePersonLabel } from '../review/people-context';
import './wellbeing.css';

/**
 * "Kesejahteraan tim" on a supervisor's Home (issue #13, item 7): only the summaries members
 * chose to share (band, trend, caseload, a debrief asked for). Nothing else of anyone's
 * wellbeing is on this device to show.
 */
export function TeamWellbeing(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const headingId = useId();
  const load = useCallback(() => api.call('wellbeing.team', {}), [api]);
  const { data } = useLoad(load);
  const entries = data ?? [];
  const sum = (
    weeks: { sessions: number; lateSessions: number }[],
    key: 'sessions' | 'lateSessions',
  ) => weeks.reduce((n, w) => n + w[key], 0);

  return (
    <section className="home-block team-wellbeing" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('wellbeing.team.title')}</h2>
      <p className="hint">{t('wellbeing.team.hint')}</p>
      {entries.length === 0 ? (
        <p className="empty">{t('wellbeing.team.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('wellbeing.team.member')}</th>
              <th scope="col">{t('wellbeing.team.band')}</th>
              <th scope="col">{t('wellbeing.team.trend')}</th>
              <th scope="col">{t('wellbeing.team.sessions')}</th>
              <th scope="col">{t('wellbeing.team.late')}</th>
              <th scope="col">{t('wellbeing.team.highRisk')}</th>
              <th scope="col">{t('wellbeing.team.debrief')}</th>
              <th scope="col">{t('wellbeing.team.sharedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ actorId, displayName, summary }) => (
              <tr key={actorId} className={summary.debriefRequested ? 'debrief-asked' : undefined}>
                <th scope="row">{displayName ?? person(actorId)}</th>
                <td>
                  {summary.band
                    ? labelText(WELLBEING_BAND_LABELS[summary.band], language)
                    : t('wellbeing.team.noCheck')}
                </td>
                <td>
                  {summary.trend ? labelText(WELLBEING_TREND_LABELS[summary.trend], language) : '—'}
                </td>
                <td>{sum(summary.caseload.weeks, 'sessions')}</td>
                <td>{sum(summary.caseload.weeks, 'lateSessions')}</td>
                <td>{summary.caseload.highRiskOpen}</td>
                <td>
                  {summary.debriefRequested
                    ? t('wellbeing.team.debriefYes')
                    : t('wellbeing.team.debriefNo')}
                </td>
                <td>{formatInstant(summary.sharedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
