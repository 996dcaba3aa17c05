import { useTranslation } from 'react-i18next';
import type { TrendChange } from '../../../../shared/domain';
import { useLanguage } from '../../ui/dates';
import { METRICS } from './metrics';

/**
 * The change from the first to the last assessment (trend() in shared/domain). For the capacity
 * mean up is better; for the loads down is better, so each says which way it went in words.
 */
export function TrendSummary({ change }: { change: TrendChange }): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const rows = METRICS.flatMap(({ metric, axis }) => {
    const value = change[metric];
    if (value === null) return [];
    const text =
      axis === 'load'
        ? t('cases.resilience.points', {
            value: new Intl.NumberFormat(locale, {
              maximumFractionDigits: 0,
              signDisplay: 'exceptZero',
            }).format(value * 100),
          })
        : new Intl.NumberFormat(locale, {
            maximumFractionDigits: 1,
            signDisplay: 'exceptZero',
          }).format(value);
    const better = axis === 'load' ? value < 0 : value > 0;
    const worse = axis === 'load' ? value > 0 : value < 0;
    const direction = better ? 'better' : worse ? 'worse' : 'same';
    return [{ metric, text, direction }];
  });
  if (rows.length === 0) return null;
  return (
    <div className="trend-summary">
      <h3>{t('cases.resilience.changeTitle')}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.metric} className={`trend-${r.direction}`}>
            {t(`cases.resilience.metric.${r.metric}`)}: <strong>{r.text}</strong> (
            {t(`cases.resilience.direction.${r.direction}`)})
          </li>
        ))}
      </ul>
    </div>
  );
}
