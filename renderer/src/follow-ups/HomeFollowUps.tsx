import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueFollowUp } from '../../../shared/api/follow-ups';
import { daysBetween } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay, todayLocal, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { useLoad } from '../ui/use-load';
import { HomeBlock } from '../home/HomeBlock';
import './follow-ups.css';

/**
 * Home's follow-up meetings (issue #13, item 6): the overdue ones, oldest first, and those due in
 * the next seven days; each opens its case's plan. The core builds both from the index.
 */
export function HomeFollowUps({ navigate }: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const today = todayLocal();
  const load = useCallback(() => api.call('followUps.due', { today }), [api, today]);
  const { data, error } = useLoad(load);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <></>;

  const block = (items: DueFollowUp[], kind: 'overdue' | 'upcoming') => (
    <HomeBlock
      title={t(`followUps.home.${kind}`)}
      empty={t(`followUps.home.${kind}Empty`)}
      items={items}
      keyOf={(f) => f.followUpId}
      onOpen={(f) => navigate({ kind: 'case', caseId: f.caseId }, { tab: 'carePlan' })}
      {...(kind === 'overdue' ? { tone: 'warning' as const } : {})}
      renderItem={(f) => (
        <>
          <span className="item-title">{f.alias}</span>
          {kind === 'overdue' && (
            <span className="overdue-mark">
              {t('followUps.home.late', { count: daysBetween(f.dueDate, today) })}
            </span>
          )}
          <span className="item-meta">
            {f.dueDate === today
              ? t('followUps.home.today')
              : t('followUps.home.dueOn', { date: formatDay(f.dueDate, language) })}
          </span>
        </>
      )}
    />
  );

  return (
    <div className="home-follow-ups">
      {data.overdue.length > 0 && block(data.overdue, 'overdue')}
      {block(data.upcoming, 'upcoming')}
    </div>
  );
}
