import { useTranslation } from 'react-i18next';
import { Line, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/domain';
import { axisLabel, TrendChart } from '../../components/TrendChart';
import { formatNumber } from '../../i18n';
import { formatDay, formatShortDay, useLanguage } from '../../ui/dates';
import { METRICS } from './metrics';

/** The trend across assessments; words, dates and numbers in the chosen language. */
export function ResilienceChart({ series }: { series: TrendPoint[] }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const dayOf = new Map(series.map((p) => [p.assessmentId, p.date]));
  const data = series.map((p) => ({
    id: p.assessmentId,
    capacityMean: p.capacityMean,
    symptomLoad: p.symptomLoad === null ? null : p.symptomLoad * 100,
    burnoutLoad: p.burnoutLoad === null ? null : p.burnoutLoad * 100,
    compassionFatigueLoad: p.compassionFatigueLoad === null ? null : p.compassionFatigueLoad * 100,
  }));
  const day = (id: string) => dayOf.get(id) ?? '';

  return (
    <TrendChart
      title={t('cases.resilience.chartTitle')}
      height={320}
      data={data}
      tick={(id) => formatShortDay(day(id), language)}
      label={(id) => formatDay(day(id), language)}
      value={(n, dataKey) =>
        METRICS.find((m) => m.metric === dataKey)?.axis === 'load'
          ? `${formatNumber(Math.round(n), language)}%`
          : formatNumber(Math.round(n * 10) / 10, language)
      }
      axes={[
        <YAxis
          key="capacity"
          yAxisId="capacity"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          label={axisLabel(t('cases.resilience.axisCapacity'))}
        />,
        <YAxis
          key="load"
          yAxisId="load"
          orientation="right"
          domain={[0, 100]}
          tickFormatter={(v: number) => `${formatNumber(v, language)}%`}
          label={axisLabel(t('cases.resilience.axisLoad'), 'right')}
        />,
      ]}
    >
      {METRICS.map((m) => (
        <Line
          key={m.metric}
          yAxisId={m.axis}
          type="monotone"
          dataKey={m.metric}
          name={t(`cases.resilience.metric.${m.metric}`)}
          stroke={m.color}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </TrendChart>
  );
}
