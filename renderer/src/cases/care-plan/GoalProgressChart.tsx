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
import type { CarePlanView } from '../../../../shared/api/records';
import { labelText, PROGRESS_SCALE, progressSeries } from '../../../../shared/domain';
import { formatInstant, formatShortDay, useLanguage } from '../ui/dates';

/** Colour-blind-safe line colours (Okabe–Ito), cycled when a plan has more goals. */
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Progress per goal over the sessions that marked it (the resilience chart's library). */
export function GoalProgressChart({ plan }: { plan: CarePlanView }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const series = progressSeries(plan.goals.flatMap((g) => g.marks));
  const at = new Map(series.map((p) => [p.sessionId, p.sessionAt]));
  const data = series.map((p) => ({ id: p.sessionId, ...p.levels }));
  const goals = plan.goals.filter((g) => g.marks.length > 0);
  const levelWord = (n: number) => {
    const step = PROGRESS_SCALE.find((s) => s.level === n);
    return step ? `${n} — ${labelText(step.label, language)}` : String(n);
  };

  return (
    <figure className="chart" aria-label={t('cases.carePlan.chartTitle')}>
      <figcaption>{t('cases.carePlan.chartTitle')}</figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="id"
            tickFormatter={(id) =>
              formatShortDay((at.get(String(id)) ?? '').slice(0, 10), language)
            }
          />
          <YAxis
            domain={[0, 4]}
            ticks={[0, 1, 2, 3, 4]}
            allowDecimals={false}
            label={{
              value: t('cases.carePlan.axisLevel'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            labelFormatter={(id) => formatInstant(at.get(String(id)) ?? '', language)}
            formatter={(value) => levelWord(Number(value))}
          />
          <Legend />
          {goals.map((g, i) => (
            <Line
              key={g.goal.id}
              type="monotone"
              dataKey={g.goal.id}
              name={shorten(g.goal.text)}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              // A goal marked in one session only is a point, not a line.
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
