import { useTranslation } from 'react-i18next';
import type { Caseload } from '../../../shared/domain';
import { formatNumber } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { formatShortDay } from '../ui/dates';

/** Sessions and late-night sessions per week, and the high-risk cases still open. */
export function CaseloadTable({ caseload }: { caseload: Caseload }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const total = (pick: (w: Caseload['weeks'][number]) => number) =>
    caseload.weeks.reduce((sum, w) => sum + pick(w), 0);
  return (
    <section className="wellbeing-caseload" aria-labelledby="wellbeing-caseload">
      <h2 id="wellbeing-caseload">{t('wellbeing.caseload.title')}</h2>
      <p className="hint">{t('wellbeing.caseload.hint')}</p>
      <p data-testid="high-risk-open">
        {t('wellbeing.caseload.highRiskOpen', { count: caseload.highRiskOpen })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('wellbeing.caseload.week')}</th>
            <th scope="col">{t('wellbeing.caseload.sessions')}</th>
            <th scope="col">{t('wellbeing.caseload.late')}</th>
          </tr>
        </thead>
        <tbody>
          {caseload.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatShortDay(w.weekStart, language)}</th>
              <td>{n(w.sessions)}</td>
              <td>{n(w.lateSessions)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('wellbeing.caseload.total')}</th>
            <td data-testid="sessions-total">{n(total((w) => w.sessions))}</td>
            <td data-testid="late-total">{n(total((w) => w.lateSessions))}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
