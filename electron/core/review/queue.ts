import {
  daysBetween,
  reviewQueue,
  sessionsPerWeek,
  type QueueAnswer,
  type QueueFilter,
  type QueueItem,
} from '../../../shared/domain';
import type * as Y from 'yjs';
import type { ReviewDashboard } from '../../../shared/api/review';
import { INDEX_DOCUMENT } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { levelRank } from '../records/views';

/**
 * The review queue and the supervisor dashboard, from the per-user index alone: no session
 * document is opened, so 5,000 waiting sessions answer in milliseconds, and whatever has been
 * synced to this device is there offline.
 */
/**
 * The queue's items, kept until the index document changes (a submission here, or an index
 * update that arrived by sync): filtering then costs a sort, not re-reading 5,000 entries.
 */
const cache = new WeakMap<Y.Doc, { items: QueueItem[] | undefined }>();

export function queueItems(ctx: RecordsContext): QueueItem[] {
  const doc = ctx.docs.open(INDEX_DOCUMENT);
  let entry = cache.get(doc);
  if (!entry) {
    const created: { items: QueueItem[] | undefined } = { items: undefined };
    doc.on('update', () => {
      created.items = undefined;
    });
    cache.set(doc, created);
    entry = created;
  }
  entry.items ??= readQueueItems(ctx);
  return entry.items;
}

function readQueueItems(ctx: RecordsContext): QueueItem[] {
  const index = ctx.index();
  const alias = new Map(index.cases().map((c) => [c.id, c.alias]));
  return index.sessions().flatMap((s) => {
    const review = s.review;
    if (!review?.submittedAt) return [];
    return [
      {
        sessionId: s.id,
        caseId: s.caseId,
        alias: alias.get(s.caseId) ?? '',
        startsAt: s.startsAt,
        riskLevel: s.riskLevel,
        status: review.status,
        counselorId: review.submittedBy ?? s.counselorId ?? '',
        submittedAt: review.submittedAt,
      },
    ];
  });
}

export function queue(ctx: RecordsContext, filter: QueueFilter): QueueAnswer {
  return reviewQueue(queueItems(ctx), filter);
}

export function dashboard(ctx: RecordsContext, today: string): ReviewDashboard {
  const index = ctx.index();
  const cases = index.cases();
  const sessions = index.sessions();
  const alias = new Map(cases.map((c) => [c.id, c.alias]));
  const waiting = sessions
    .filter((s) => s.review?.status === 'submitted' && s.review.submittedAt)
    .map((s) => s.review?.submittedAt ?? '')
    .sort();
  const highRisk = cases
    .filter((c) => c.riskFlagged || c.riskLevel === 'high')
    .sort((a, b) => levelRank[b.riskLevel] - levelRank[a.riskLevel])
    .map((c) => ({ caseId: c.id, alias: c.alias, riskLevel: c.riskLevel, flagged: c.riskFlagged }));
  const overdueFollowUps = index
    .referrals()
    .filter((r) => r.followUpDate < today && r.status !== 'completed' && r.status !== 'declined')
    .map((r) => ({
      referralId: r.id,
      caseId: r.caseId,
      alias: alias.get(r.caseId) ?? '',
      followUpDate: r.followUpDate,
      daysOverdue: daysBetween(r.followUpDate, today),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
  const withCounselor = sessions.flatMap((s) => {
    const counselorId = s.review?.submittedBy ?? s.counselorId;
    return counselorId ? [{ startsAt: s.startsAt, counselorId }] : [];
  });
  const perWeek = sessionsPerWeek(withCounselor, today);
  const counselors = [...new Set(perWeek.flatMap((w) => Object.keys(w.counts)))].sort();
  return {
    waiting: waiting.length,
    ...(waiting[0] ? { oldestWaitingAt: waiting[0] } : {}),
    highRisk,
    overdueFollowUps,
    counselors,
    perWeek,
  };
}
