import type { HomeInbox, InboxCounts } from '../../../shared/api/records';
import { daysOverdue, type Referral } from '../../../shared/domain';
import { ReviewDocument, reviewInbox } from '../review';
import { counselorInbox } from './inbox';
import type { RecordsContext } from './records-context';
import type { HomeSummary } from './types';
import { caseSummaries, sessionSummary } from './views';

const UPCOMING_DAYS = 14;

/** Today's and upcoming sessions, high-risk cases and overdue follow-ups, from the index. */
export function homeSummary(ctx: RecordsContext, today: string): HomeSummary {
  const index = ctx.index();
  const cases = index.cases();
  const sessions = index.sessions();
  const referrals = index.referrals();
  const alias = new Map(cases.map((c) => [c.id, c.alias]));
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + UPCOMING_DAYS);
  const until = horizon.toISOString().slice(0, 10);
  const byTime = (a: { startsAt: string }, b: { startsAt: string }): number =>
    Date.parse(a.startsAt) - Date.parse(b.startsAt);

  // A session's own day is the date part of its local time as written (the offset is the writer's).
  const day = (startsAt: string): string => startsAt.slice(0, 10);
  const todays = sessions.filter((s) => day(s.startsAt) === today).sort(byTime);
  const upcoming = sessions
    .filter((s) => day(s.startsAt) > today && day(s.startsAt) <= until)
    .sort(byTime);

  const highRisk = caseSummaries(cases, ctx.now()).filter((c) => c.riskFlagged);

  const dueIds = referrals.filter(
    (r) => r.followUpDate < today && r.status !== 'completed' && r.status !== 'declined',
  );
  const overdue = dueIds.flatMap((due) => {
    const referral: Referral | undefined = ctx
      .caseDocument(due.caseId)
      .referrals()
      .find((r) => r.id === due.id);
    return referral
      ? [
          {
            referral,
            alias: alias.get(due.caseId) ?? '',
            daysOverdue: daysOverdue(referral, today),
          },
        ]
      : [];
  });
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);

  return {
    caseCount: cases.length,
    today: todays.map((s) => sessionSummary(s, alias.get(s.caseId) ?? '')),
    upcoming: upcoming.map((s) => sessionSummary(s, alias.get(s.caseId) ?? '')),
    highRisk,
    overdue,
    inbox: homeInbox(ctx, today),
  };
}

/** What waits for this person: their own inbox, and a reviewer's too (issue #12, item 2). */
export function homeInbox(ctx: RecordsContext, today: string): HomeInbox {
  const index = ctx.index();
  const counselor = counselorInbox({
    me: ctx.actorId,
    today,
    cases: index.cases(),
    sessions: index.sessions(),
    referrals: index.referrals(),
    reviewOf: (sessionId) => {
      const review = new ReviewDocument(ctx.sessionDocument(sessionId).doc);
      return { thread: review.thread(), comments: review.comments() };
    },
    resolutionsOf: (caseId) => ctx.caseDocument(caseId).riskResolutions(),
  });
  const supervisor = reviewInbox(ctx);
  return {
    counselor,
    supervisor: supervisor?.items ?? null,
    waitingForReview: supervisor?.waiting ?? 0,
  };
}

/** The numbers in the navigation: everything on Home's inbox, and the sessions waiting review. */
export function inboxCounts(ctx: RecordsContext, today: string): InboxCounts {
  const inbox = homeInbox(ctx, today);
  return {
    home: inbox.counselor.length + inbox.waitingForReview,
    review: inbox.waitingForReview,
  };
}
