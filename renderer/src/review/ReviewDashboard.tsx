import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MethodOutput } from '../../../shared/api/contract';
import { labelText, RISK_LEVEL_LABELS } from '../../../shared/domain';
import { formatNumber } from '../i18n';
import { formatDay, formatInstant, formatShortDay, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { usePersonLabel } from './people-context';
import { SyncedAsOf } from '../sync/SyncedAsOf';

// Design tokens (renderer/src/ui/tokens.css), so each theme has its own readable shades.
const COLOURS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
  'var(--chart-7)',
];

/** Waiting sessions, high-risk cases, overdue follow-ups and sessions per counselor per week. */
export function ReviewDashboard(props: {
  data: MethodOutput<'review.dashboard'>;
  navigate: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const language = useLanguage();
  const { data } = props;
  const chart = data.perWeek.map((w) => ({ week: w.week, ...w.counts }));

  return (
    <section className="review-dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('review.dashboard.title')}</h2>
      <SyncedAsOf />
      <div className="dashboard-tiles">
        <div className="card tile">
          <p className="tile-number" data-testid="waiting-count">
            {formatNumber(data.waiting, language)}
          </p>
          <p>{t('review.dashboard.waiting')}</p>
          {data.oldestWaitingAt && (
            <p className="hint">
              {t('review.queue.waitingSince', {
                date: formatInstant(data.oldestWaitingAt, language),
              })}
            </p>
          )}
        </div>
        <div className="card tile">
          <h3>{t('review.dashboard.highRisk')}</h3>
          {data.highRisk.length === 0 ? (
            <p className="empty">{t('review.dashboard.none')}</p>
          ) : (
            <ul className="item-list">
              {data.highRisk.map((c) => (
                <li key={c.caseId}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.navigate({ kind: 'case', caseId: c.caseId })}
                  >
                    {c.alias}
                  </button>{' '}
                  <span className={`risk-badge ${c.riskLevel}`}>
                    {labelText(RISK_LEVEL_LABELS[c.riskLevel], language)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="card tile">
          <h3>{t('review.dashboard.overdue')}</h3>
          {data.overdueFollowUps.length === 0 ? (
            <p className="empty">{t('review.dashboard.none')}</p>
          ) : (
            <ul className="item-list">
              {data.overdueFollowUps.map((r) => (
                <li key={r.referralId}>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      props.navigate({ kind: 'case', caseId: r.caseId }, { tab: 'referrals' })
                    }
                  >
                    {r.alias}
                  </button>{' '}
                  <span className="hint">
                    {formatDay(r.followUpDate, language)} ·{' '}
                    {t('review.dashboard.daysOverdue', { days: r.daysOverdue })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <figure className="chart card" aria-label={t('review.dashboard.perWeek')}>
        <figcaption>{t('review.dashboard.perWeek')}</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={chart} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" tickFormatter={(w) => formatShortDay(String(w), language)} />
            <YAxis allowDecimals={false} tickFormatter={(n) => formatNumber(Number(n), language)} />
            <Tooltip
              labelFormatter={(w) =>
                t('review.dashboard.week', { date: formatDay(String(w), language) })
              }
            />
            <Legend />
            {data.counselors.map((c, i) => (
              <Bar
                key={c}
                dataKey={c}
                name={personLabel(c)}
                stackId="sessions"
                fill={COLOURS[i % COLOURS.length] ?? 'var(--chart-1)'}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </section>
  );
}
