import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { todayLocal, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { useLoad } from '../ui/use-load';
import { CounselorInbox, ReviewInbox } from './InboxBlocks';
import { OverdueList } from './OverdueList';
import { HomeFollowUps } from '../follow-ups/HomeFollowUps';
import { SessionList } from './SessionList';
import { SyncedAsOf } from '../sync/SyncedAsOf';
import { Welcome } from './Welcome';
import { TeamWellbeing } from '../wellbeing/TeamWellbeing';

/**
 * What needs the person today (issue #12, item 2): an inbox first — for a supervisor the
 * sessions waiting for review (risk first) and resubmissions; for a counselor unhandled risk
 * (DOMAIN.md: risk cases at the top), sessions returned for revision, comments waiting for an
 * answer and late follow-ups — then today's and the coming sessions.
 */
export function HomeScreen({ navigate }: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(async () => {
    const summary = await api.call('home.summary', { today: todayLocal() });
    return { summary, caseCount: summary.caseCount };
  }, [api]);
  const { data, error } = useLoad(load);

  const todayWords = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'full',
  }).format(new Date());
  const inbox = data?.summary.inbox;
  const nothingWaits =
    inbox !== undefined &&
    inbox.counselor.length === 0 &&
    (inbox.supervisor ?? []).length === 0 &&
    data?.summary.overdue.length === 0;

  return (
    <section className="home">
      <h1>{t('nav.home')}</h1>
      <p className="hint">{todayWords}</p>
      <ErrorAlert error={error} />
      {!data && !error && <p className="loading">{t('cases.common.loading')}</p>}
      {data && inbox && (
        <>
          {data.caseCount === 0 && <Welcome navigate={navigate} />}
          <SyncedAsOf />
          {nothingWaits && data.caseCount > 0 && <p className="inbox-empty">{t('inbox.empty')}</p>}
          {inbox.supervisor !== null && <ReviewInbox inbox={inbox} navigate={navigate} />}
          <CounselorInbox inbox={inbox} navigate={navigate} />
          {data.summary.overdue.length > 0 && (
            <OverdueList overdue={data.summary.overdue} navigate={navigate} />
          )}
          <HomeFollowUps navigate={navigate} />
          <SessionList
            title={t('cases.home.today')}
            empty={t('cases.home.todayEmpty')}
            sessions={data.summary.today}
            timeOnly
            navigate={navigate}
          />
          <SessionList
            title={t('cases.home.upcoming')}
            empty={t('cases.home.upcomingEmpty')}
            sessions={data.summary.upcoming}
            navigate={navigate}
          />
          {inbox.supervisor !== null && <TeamWellbeing />}
        </>
      )}
    </section>
  );
}
