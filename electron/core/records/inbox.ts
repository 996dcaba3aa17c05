import type { InboxItem } from '../../../shared/api/records';
import {
  caseRiskState,
  daysBetween,
  higherRiskFirst,
  orderThread,
  type ReviewEntry,
  type RiskResolution,
} from '../../../shared/domain';
import type { IndexedCase, IndexedReferral, IndexedSession } from './index-document';
import { riskScreens } from './views';

/**
 * A counselor's inbox on Home (issue #12, item 2): what waits for them, built from the index and,
 * for the few sessions that need it, their review thread and comments. Pure over its sources, so
 * the rules are tested without a vault; home.ts gives it the real ones.
 */
export interface CounselorInboxSources {
  me: string;
  today: string;
  cases: IndexedCase[];
  sessions: IndexedSession[];
  referrals: IndexedReferral[];
  /** A session's review thread and comments: read only for the sessions that may have some. */
  reviewOf: (sessionId: string) => {
    thread: ReviewEntry[];
    comments: Array<{
      text: string;
      by: string;
      at: string;
      resolved?: unknown;
      replies: Array<{ by: string; at: string }>;
    }>;
  };
  resolutionsOf: (caseId: string) => RiskResolution[];
}

export function counselorInbox(src: CounselorInboxSources): InboxItem[] {
  const alias = new Map(src.cases.map((c) => [c.id, c.alias]));
  const caseLevel = new Map(src.cases.map((c) => [c.id, c.riskLevel]));
  const mine = src.sessions.filter(
    (s) => s.counselorId === src.me || s.review?.submittedBy === src.me,
  );
  const base = (s: IndexedSession) => ({
    caseId: s.caseId,
    sessionId: s.id,
    alias: alias.get(s.caseId) ?? '',
    riskLevel: s.riskLevel,
  });

  const returned: InboxItem[] = mine.flatMap((s) => {
    if (s.review?.status !== 'returned' || s.review.signOff) return [];
    const request = orderThread(src.reviewOf(s.id).thread)
      .filter((e) => e.kind === 'return')
      .at(-1);
    if (!request) return [];
    return [{ kind: 'returned', ...base(s), at: request.at, text: request.text, by: request.by }];
  });

  // A comment waits for an answer while it is open and its last word is someone else's.
  const comments: InboxItem[] = mine.flatMap((s) => {
    if (!s.review || s.review.signOff) return [];
    const waiting = src
      .reviewOf(s.id)
      .comments.filter((c) => !c.resolved && (c.replies.at(-1)?.by ?? c.by) !== src.me)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const latest = waiting.at(-1);
    if (!latest) return [];
    return [
      {
        kind: 'comments',
        ...base(s),
        at: latest.at,
        text: latest.text,
        by: latest.by,
        count: waiting.length,
      },
    ];
  });

  // Follow-ups past their day, as Home's late follow-ups list them (home.ts).
  const followUps: InboxItem[] = src.referrals
    .filter(
      (r) => r.followUpDate < src.today && r.status !== 'completed' && r.status !== 'declined',
    )
    .sort((a, b) => a.followUpDate.localeCompare(b.followUpDate))
    .map((r) => ({
      kind: 'followUp',
      caseId: r.caseId,
      alias: alias.get(r.caseId) ?? '',
      at: r.followUpDate,
      riskLevel: caseLevel.get(r.caseId) ?? 'none',
      referralId: r.id,
      daysOverdue: daysBetween(r.followUpDate, src.today),
    }));

  // Risk: the case's oldest screen not handled (shared/domain/risk/handling.ts), highest first.
  const risk: InboxItem[] = src.cases
    .filter((c) => c.riskFlagged)
    .flatMap((c) => {
      const state = caseRiskState({
        screens: riskScreens(src.sessions, c.id),
        resolutions: src.resolutionsOf(c.id),
      });
      const first = state.unhandled[0];
      if (!first) return [];
      return [
        {
          kind: 'risk' as const,
          caseId: c.id,
          ...(first.sessionId ? { sessionId: first.sessionId } : {}),
          alias: c.alias,
          at: first.at,
          riskLevel: state.unresolvedLevel,
          missing: first.missing,
        },
      ];
    })
    .sort((a, b) => higherRiskFirst(a.riskLevel, b.riskLevel) || a.at.localeCompare(b.at));

  const newest = (a: InboxItem, b: InboxItem) => Date.parse(b.at) - Date.parse(a.at);
  return [...risk, ...returned.sort(newest), ...comments.sort(newest), ...followUps];
}
