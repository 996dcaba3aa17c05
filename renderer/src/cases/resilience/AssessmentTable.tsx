import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/domain';
import { formatNumber } from '../../i18n';
import { formatDay, useLanguage } from '../../ui/dates';
import { METRICS } from './metrics';

/** The chart's numbers as a table, newest first: readable without seeing the chart. */
export function AssessmentTable({ series }: { series: TrendPoint[] }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const cell = (value: number | null, axis: 'capacity' | 'load') =>
    value === null
      ? t('cases.common.none')
      : axis === 'load'
        ? `${formatNumber(Math.round(value * 100), language)}%`
        : formatNumber(Math.round(value * 10) / 10, language);
  return (
    <table className="log-table">
      <caption>{t('cases.resilience.tableTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cases.resilience.date')}</th>
          {METRICS.map((m) => (
            <th key={m.metric} scope="col">
              {t(`cases.resilience.metric.${m.metric}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...series].reverse().map((p) => (
          <tr key={p.assessmentId}>
            <td>{formatDay(p.date, language)}</td>
            {METRICS.map((m) => (
              <td key={m.metric}>{cell(p[m.metric], m.axis)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
