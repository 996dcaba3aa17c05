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
import type { SelfCheckView } from '../../../shared/api/wellbeing';
import { formatNumber } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { formatDay, formatShortDay } from '../cases/ui/dates';
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
  const day = (id: unknown) => dayOf.get(String(id)) ?? '';
  return (
    <figure className="chart" aria-label={t('wellbeing.chart.title')}>
      <figcaption>{t('wellbeing.chart.title')}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="id" tickFormatter={(id) => formatShortDay(day(id), language)} />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(v: number) => `${formatNumber(v, language)}%`}
            label={{
              value: t('wellbeing.chart.axis'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            labelFormatter={(id) => formatDay(day(id), language)}
            formatter={(value) => `${formatNumber(Number(value), language)}%`}
          />
          <Legend />
          <Line
            type="monotone"
            dataKey="burnout"
            name={t('wellbeing.chart.burnout')}
            stroke="#b42318"
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="compassionFatigue"
            name={t('wellbeing.chart.compassionFatigue')}
            stroke="#6941c6"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
