import { useTranslation } from 'react-i18next';
import { Line, YAxis } from 'recharts';
import type { SelfCheckView } from '../../../shared/api/wellbeing';
import { axisLabel, TrendChart } from '../components/TrendChart';
import { formatNumber } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { formatDay, formatShortDay } from '../ui/dates';
import { localDay, percent } from './format';

/** The self-checks over time, with the resilience tab's chart library and colours. */
export function WellbeingChart({ checks }: { checks: SelfCheckView[] }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const dayOf = new Map(checks.map((c) => [c.id, localDay(c.at)]));
  const data = checks.map((c) => ({
    id: c.id,
    burnout: percent(c.burnout),
    compassionFatigue: percent(c.compassionFatigue),
  }));
  const day = (id: string) => dayOf.get(id) ?? '';
  return (
    <TrendChart
      title={t('wellbeing.chart.title')}
      height={260}
      data={data}
      tick={(id) => formatShortDay(day(id), language)}
      label={(id) => formatDay(day(id), language)}
      value={(n) => `${formatNumber(n, language)}%`}
      axes={
        <YAxis
          domain={[0, 100]}
          tickFormatter={(v: number) => `${formatNumber(v, language)}%`}
          label={axisLabel(t('wellbeing.chart.axis'))}
        />
      }
    >
      <Line
        type="monotone"
        dataKey="burnout"
        name={t('wellbeing.chart.burnout')}
        stroke="var(--color-danger)"
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="compassionFatigue"
        name={t('wellbeing.chart.compassionFatigue')}
        stroke="var(--color-fatigue)"
        strokeWidth={2}
        isAnimationActive={false}
      />
    </TrendChart>
  );
}
