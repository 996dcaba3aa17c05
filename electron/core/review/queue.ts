import {
  carriesAuthority,
  compareQueueItems,
  daysBetween,
  higherRiskFirst,
  maySign,
  reviewQueue,
  signerAuthority,
  sessionsPerWeek,
  type QueueAnswer,
  type QueueFilter,
  type QueueItem,
  type ReviewStatus,
} from '../../../shared/domain';
import type * as Y from 'yjs';
import type { InboxItem } from '../../../shared/api/records';
import type { ReviewDashboard } from '../../../shared/api/review';
import { INDEX_DOCUMENTS } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { ReviewDocument } from './review-document';

/**
 * The review queue and the supervisor dashboard, from the per-user index alone: no session
 * document is opened, so 5,000 waiting sessions answer in milliseconds, and whatever has been
 * synced to this device is there offline.
 */
/**
 * The queue's items, kept until the index's sessions or cases change (a submission here, or an index
 * update that arrived by sync): filtering then costs a sort, not re-reading 5,000 entries. The
 * sign-offs are judged on every read instead, because the member list can change (the relay
 * answers after an offline start) without the index changing.
 */
interface CachedItems {
  cases: Y.Doc;
  entries: Indexed[] | undefined;
}
const cache = new WeakMap<Y.Doc, CachedItems>();

interface Indexed {
  item: QueueItem;
  signOff?: { key?: string | undefined } | undefined;
}

export function queueItems(ctx: RecordsContext): QueueItem[] {
  // The items come from the sessions' list, with each case's alias from the cases' list.
  const sessions = ctx.docs.open(INDEX_DOCUMENTS.sessions);
  const cases = ctx.docs.open(INDEX_DOCUMENTS.cases);
  let entry = cache.get(sessions);
  // A list's document reloaded since (after a failed write) is a new object to listen to.
  if (entry?.cases !== cases) {
    const created: CachedItems = { cases, entries: undefined };
    const forget = (): void => {
      created.entries = undefined;
    };
    sessions.on('update', forget);
    cases.on('update', forget);
    cache.set(sessions, created);
    entry = created;
  }
  entry.entries ??= readQueueItems(ctx);
  const judge = signOffJudge(ctx);
  return entry.entries.map(({ item, signOff }) =>
    signOff ? { ...item, ...judge(item.status, signOff) } : item,
  );
}

/**
 * Whether an indexed sign-off counts (review/authority): a refused one leaves the status the
 * thread has without it, and is marked so the queue can say why the session is back.
 */
function signOffJudge(
  ctx: RecordsContext,
): (
  status: ReviewStatus,
  signOff: { key?: string | undefined },
) => { status: ReviewStatus; signatureRefused?: true } {
  const team = ctx.teamKnowledge();
  const known = new Map<string, boolean>();
  return (status, signOff) => {
    // A sign-off that cannot be read locks the session, so it counts here too.
    if (signOff.key === undefined) return { status: 'signed' };
    let counts = known.get(signOff.key);
    if (counts === undefined) {
      counts = carriesAuthority(signerAuthority(team, signOff.key));
      known.set(signOff.key, counts);
    }
    return counts ? { status: 'signed' } : { status, signatureRefused: true };
  };
}

function readQueueItems(ctx: RecordsContext): Indexed[] {
  const index = ctx.index();
  const alias = new Map(index.cases().map((c) => [c.id, c.alias]));
  return index.sessions().flatMap((s) => {
    const review = s.review;
    if (!review?.submittedAt) return [];
    return [
      {
        item: {
          sessionId: s.id,
          caseId: s.caseId,
          alias: alias.get(s.caseId) ?? '',
          startsAt: s.startsAt,
          riskLevel: s.riskLevel,
          status: review.status,
          counselorId: review.submittedBy ?? s.counselorId ?? '',
          submittedAt: review.submittedAt,
          ...(review.resubmitted ? { resubmitted: true } : {}),
        },
        signOff: review.signOff,
      },
    ];
  });
}

/** How many of each kind a supervisor's Home lists; the count beside "Tinjauan" says them all. */
const INBOX_LIMIT = 10;

/**
 * A supervisor's inbox on Home (issue #12, item 2): sessions waiting for review, risk first then
 * longest waiting (the queue's order), and apart from them the sessions sent back after revision.
 */
export function supervisorInbox(
  items: readonly QueueItem[],
  limit = INBOX_LIMIT,
): { items: InboxItem[]; waiting: number } {
  const waiting = items.filter((i) => i.status === 'submitted').sort(compareQueueItems);
  const asInbox =
    (kind: 'waiting' | 'resubmitted') =>
    (i: QueueItem): InboxItem => ({
      kind,
      caseId: i.caseId,
      sessionId: i.sessionId,
      alias: i.alias,
      at: i.submittedAt,
      riskLevel: i.riskLevel,
      by: i.counselorId,
    });
  return {
    items: [
      ...waiting
        .filter((i) => !i.resubmitted)
        .slice(0, limit)
        .map(asInbox('waiting')),
      ...waiting
        .filter((i) => i.resubmitted)
        .slice(0, limit)
        .map(asInbox('resubmitted')),
    ],
    waiting: waiting.length,
  };
}

/** The supervisor's inbox from this device's queue; null when this person does not review. */
export function reviewInbox(ctx: RecordsContext): { items: InboxItem[]; waiting: number } | null {
  if (!maySign(ctx.teamKnowledge())) return null;
  return supervisorInbox(queueItems(ctx));
}

/**
 * The note as the last two submissions sent it: a resubmission shows what changed since the
 * submission before (issue #12, item 2). Kept as text in the session's own, encrypted document
 * (review-document.ts), so it syncs with the session and reads offline.
 */
export function submissionChanges(
  ctx: RecordsContext,
  sessionId: string,
): { previous?: { at: string; text: string }; latest?: { at: string; text: string } } {
  const sent = new ReviewDocument(ctx.sessionDocument(sessionId).doc).submissions();
  const latest = sent.at(-1);
  const previous = sent.at(-2);
  return { ...(previous ? { previous } : {}), ...(latest ? { latest } : {}) };
}

export function queue(ctx: RecordsContext, filter: QueueFilter): QueueAnswer {
  return reviewQueue(queueItems(ctx), filter);
}

export function dashboard(ctx: RecordsContext, today: string): ReviewDashboard {
  const index = ctx.index();
  const cases = index.cases();
  const sessions = index.sessions();
  const alias = new Map(cases.map((c) => [c.id, c.alias]));
  const judge = signOffJudge(ctx);
  const waiting = sessions
    .flatMap(({ review }) => {
      if (!review?.submittedAt) return [];
      const status = review.signOff ? judge(review.status, review.signOff).status : review.status;
      return status === 'submitted' ? [review.submittedAt] : [];
    })
    .sort();
  const highRisk = cases
    .filter((c) => c.riskFlagged || c.riskLevel === 'high')
    .sort((a, b) => higherRiskFirst(a.riskLevel, b.riskLevel))
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
