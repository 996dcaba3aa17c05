import type { ReactNode } from 'react';
import { CartesianGrid, Legend, LineChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';

type Props = {
  /** The figure's caption, also its accessible name. */
  title: string;
  height: number;
  /** One row per point on the x axis; `id` keys the axis, the other fields are the lines. */
  data: ReadonlyArray<{ id: string }>;
  /** The x axis tick for a row's id (a short day). */
  tick: (id: string) => string;
  /** The tooltip's heading for a row's id (the full day or time). */
  label: (id: string) => string;
  /** A value in the tooltip, by the line it belongs to. */
  value: (value: number, dataKey: string) => string;
  /** The y axes (recharts' YAxis). */
  axes: ReactNode;
  /** The lines (recharts' Line). */
  children: ReactNode;
};

/** A y axis label along the side of the chart, as the trend charts write it. */
export function axisLabel(
  value: string,
  side: 'left' | 'right' = 'left',
): { value: string; angle: number; position: 'insideLeft' | 'insideRight'; style: object } {
  return {
    value,
    angle: side === 'left' ? -90 : 90,
    position: side === 'left' ? 'insideLeft' : 'insideRight',
    style: { textAnchor: 'middle' },
  };
}

/**
 * A line chart of values over time, shared by the resilience, wellbeing and care-plan charts:
 * a captioned figure, grid, x axis of days, tooltip and legend; each chart brings its own axes
 * and lines.
 */
export function TrendChart({
  title,
  height,
  data,
  tick,
  label,
  value,
  axes,
  children,
}: Props): React.JSX.Element {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={[...data]} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="id" tickFormatter={(id) => tick(String(id))} />
          {axes}
          <Tooltip
            labelFormatter={(id) => label(String(id))}
            formatter={(v, _name, item) => value(Number(v), String(item.dataKey))}
          />
          <Legend />
          {children}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
