import { z } from 'zod';
import { ActorId, IsoDate, IsoDateTime, RecordId } from '../primitives';
import { higherRiskFirst, RiskLevel } from '../risk';
import { ReviewStatus } from './thread';

/**
 * The review queue (issue "Supervision", part 5): sessions submitted for review, risk first
 * (DOMAIN.md: a positive screen puts the case at the top of the supervisor's queue), then the
 * longest waiting first. Built from what this device holds, so it works offline.
 */
export const QueueItem = z.object({
  sessionId: RecordId,
  caseId: RecordId,
  alias: z.string(),
  startsAt: IsoDateTime,
  riskLevel: RiskLevel,
  status: ReviewStatus,
  counselorId: ActorId,
  submittedAt: IsoDateTime,
  /** A sign-off is stored but its key is not a supervisor's: refused, so not counted as signed. */
  signatureRefused: z.boolean().optional(),
  /** The last submission was a resubmission after a return (issue #12, item 2). */
  resubmitted: z.boolean().optional(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueFilter = z.object({
  counselorId: ActorId.optional(),
  /** Default: submitted (waiting for the reviewer). */
  status: z.array(ReviewStatus).max(4).optional(),
  /** Submitted on or after / on or before these days (UTC day of submission). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** At most this many items (the first, in queue order); `total` still counts them all. */
  limit: z.number().int().min(1).max(10_000).optional(),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  return (
    higherRiskFirst(a.riskLevel, b.riskLevel) ||
    Date.parse(a.submittedAt) - Date.parse(b.submittedAt) ||
    (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0)
  );
}

export interface QueueAnswer {
  items: QueueItem[];
  /** Per counselor, with every filter but the counselor applied (so each count is a choice). */
  counts: Array<{ counselorId: string; count: number }>;
  total: number;
}

export function reviewQueue(all: readonly QueueItem[], filter: QueueFilter): QueueAnswer {
  const statuses = new Set(filter.status ?? ['submitted']);
  // Each time is parsed once, not in every comparison (5,000 items: ~60,000 comparisons).
  const base: Array<{ item: QueueItem; ms: number }> = [];
  for (const item of all) {
    if (!statuses.has(item.status)) continue;
    const ms = Date.parse(item.submittedAt);
    if (filter.from || filter.to) {
      const day = new Date(ms).toISOString().slice(0, 10);
      if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) continue;
    }
    base.push({ item, ms });
  }
  const counts = new Map<string, number>();
  for (const { item } of base) {
    counts.set(item.counselorId, (counts.get(item.counselorId) ?? 0) + 1);
  }
  const chosen = filter.counselorId
    ? base.filter(({ item }) => item.counselorId === filter.counselorId)
    : base;
  chosen.sort(
    (a, b) =>
      higherRiskFirst(a.item.riskLevel, b.item.riskLevel) ||
      a.ms - b.ms ||
      (a.item.sessionId < b.item.sessionId ? -1 : a.item.sessionId > b.item.sessionId ? 1 : 0),
  );
  const items = chosen.map(({ item }) => item);
  return {
    items: filter.limit ? items.slice(0, filter.limit) : items,
    counts: [...counts]
      .map(([counselorId, count]) => ({ counselorId, count }))
      .sort((a, b) => b.count - a.count || a.counselorId.localeCompare(b.counselorId)),
    total: items.length,
  };
}

/** Monday of the ISO week of an instant, 'YYYY-MM-DD' (UTC). */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d.toISOString().slice(0, 10);
}

/** Sessions per counselor per week over the `weeks` weeks that end with the week of `today`. */
export function sessionsPerWeek(
  sessions: ReadonlyArray<{ startsAt: string; counselorId: string }>,
  today: string,
  weeks = 8,
): Array<{ week: string; counts: Record<string, number> }> {
  const last = weekOf(`${today}T00:00:00Z`);
  const out: Array<{ week: string; counts: Record<string, number> }> = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(`${last}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 7 * i);
    out.push({ week: d.toISOString().slice(0, 10), counts: {} });
  }
  const byWeek = new Map(out.map((w) => [w.week, w.counts]));
  for (const s of sessions) {
    const counts = byWeek.get(weekOf(s.startsAt));
    if (counts) counts[s.counselorId] = (counts[s.counselorId] ?? 0) + 1;
  }
  return out;
}
