import { useTranslation } from 'react-i18next';
import { Line, YAxis } from 'recharts';
import type { CarePlanView } from '../../../../shared/api/records';
import { labelText, PROGRESS_SCALE, progressSeries } from '../../../../shared/domain';
import { axisLabel, TrendChart } from '../../components/TrendChart';
import { formatInstant, formatShortDay, useLanguage } from '../../ui/dates';

/** Colour-blind-safe line colours (Okabe–Ito), cycled when a plan has more goals. */
// The Okabe–Ito palette as design tokens (renderer/src/ui/tokens.css), lighter in the dark theme.
const COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
  'var(--chart-7)',
];

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
    <TrendChart
      title={t('cases.carePlan.chartTitle')}
      height={300}
      data={data}
      tick={(id) => formatShortDay((at.get(id) ?? '').slice(0, 10), language)}
      label={(id) => formatInstant(at.get(id) ?? '', language)}
      value={levelWord}
      axes={
        <YAxis
          domain={[0, 4]}
          ticks={[0, 1, 2, 3, 4]}
          allowDecimals={false}
          label={axisLabel(t('cases.carePlan.axisLevel'))}
        />
      }
    >
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
    </TrendChart>
  );
}
