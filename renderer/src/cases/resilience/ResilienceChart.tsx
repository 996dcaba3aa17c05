import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendPoint } from '../../../../shared/domain';
import { formatNumber } from '../../i18n';
import { formatDay, formatShortDay, useLanguage } from '../ui/dates';
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
  const day = (id: unknown) => dayOf.get(String(id)) ?? '';

  return (
    <figure className="chart" aria-label={t('cases.resilience.chartTitle')}>
      <figcaption>{t('cases.resilience.chartTitle')}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="id" tickFormatter={(id) => formatShortDay(day(id), language)} />
          <YAxis
            yAxisId="capacity"
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            label={{
              value: t('cases.resilience.axisCapacity'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <YAxis
            yAxisId="load"
            orientation="right"
            domain={[0, 100]}
            tickFormatter={(v: number) => `${formatNumber(v, language)}%`}
            label={{
              value: t('cases.resilience.axisLoad'),
              angle: 90,
              position: 'insideRight',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            labelFormatter={(id) => formatDay(day(id), language)}
            formatter={(value, _name, item) => {
              const n = typeof value === 'number' ? value : Number(value);
              const axis = METRICS.find((m) => m.metric === item.dataKey)?.axis;
              return axis === 'load'
                ? `${formatNumber(Math.round(n), language)}%`
                : formatNumber(Math.round(n * 10) / 10, language);
            }}
          />
          <Legend />
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
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
