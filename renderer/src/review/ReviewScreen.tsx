import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { todayLocal } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { useLoad } from '../ui/use-load';
import { AuditTrail } from './AuditTrail';
import { ReviewDashboard } from './ReviewDashboard';
import { ReviewQueue } from './ReviewQueue';
import './review.css';

/**
 * "Telaah": the supervisor's view. What waits for review (risk first), an overview of the
 * counselors' work, and a case's audit trail. Built from what this device holds, offline too.
 */
export function ReviewScreen(props: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const load = useCallback(() => api.call('review.dashboard', { today: todayLocal() }), [api]);
  const dashboard = useLoad(load);

  return (
    <section className="review-screen">
      <h1>{t('review.title')}</h1>
      <ErrorAlert error={dashboard.error} />
      <ReviewQueue navigate={props.navigate} />
      {dashboard.data && <ReviewDashboard data={dashboard.data} navigate={props.navigate} />}
      <AuditTrail />
    </section>
  );
}
