import { describe, expect, it } from 'vitest';
import type { QueueItem, ReviewEntry } from '../../../shared/domain';
import { counselorInbox, type CounselorInboxSources } from '../../../electron/core/records/inbox';
import type { IndexedSession } from '../../../electron/core/records/index-document';
import { supervisorInbox } from '../../../electron/core/review/queue';

const ME = 'counselor-me';
const SUPERVISOR = 'supervisor-1';
const id = (n: number) => n.toString(16).padStart(32, '0');

function session(n: number, patch: Partial<IndexedSession> = {}): IndexedSession {
  return {
    id: id(n),
    caseId: id(100),
    startsAt: '2026-03-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'whatsapp',
    riskLevel: 'none',
    counselorId: ME,
    ...patch,
  };
}

function sources(patch: Partial<CounselorInboxSources>): CounselorInboxSources {
  return {
    me: ME,
    today: '2026-03-10',
    cases: [
      {
        id: id(100),
        alias: 'Mawar',
        status: 'open',
        tags: [],
        createdAt: '2026-02-01T09:00:00+07:00',
        riskFlagged: false,
        riskLevel: 'none',
      },
    ],
    sessions: [],
    referrals: [],
    reviewOf: () => ({ thread: [], comments: [] }),
    resolutionsOf: () => [],
    ...patch,
  };
}

const entry = (kind: ReviewEntry['kind'], at: string, text = '', by = ME): ReviewEntry => ({
  kind,
  at,
  text,
  by,
});

describe('a counselor’s inbox on Home', () => {
  it('lists a session returned for revision with the supervisor’s reason', () => {
    const inbox = counselorInbox(
      sources({
        sessions: [session(1, { review: { status: 'returned', submittedBy: ME } })],
        reviewOf: () => ({
          thread: [
            entry('submit', '2026-03-02T09:00:00Z'),
            entry('return', '2026-03-03T09:00:00Z', 'Lengkapi tahap 2.', SUPERVISOR),
          ],
          comments: [],
        }),
      }),
    );
    expect(inbox).toEqual([
      expect.objectContaining({
        kind: 'returned',
        sessionId: id(1),
        alias: 'Mawar',
        text: 'Lengkapi tahap 2.',
        by: SUPERVISOR,
      }),
    ]);
  });

  it('lists open comments whose last word is someone else’s, not those it answered', () => {
    const comment = (by: string, replies: Array<{ by: string; at: string }>) => ({
      text: 'Apa maksudnya?',
      by,
      at: '2026-03-03T09:00:00Z',
      replies,
    });
    const inbox = counselorInbox(
      sources({
        sessions: [session(1, { review: { status: 'submitted', submittedBy: ME } })],
        reviewOf: () => ({
          thread: [],
          comments: [
            comment(SUPERVISOR, []),
            comment(SUPERVISOR, [{ by: ME, at: '2026-03-04T09:00:00Z' }]),
            { ...comment(SUPERVISOR, []), resolved: { by: ME, at: '2026-03-04T09:00:00Z' } },
          ],
        }),
      }),
    );
    expect(inbox).toEqual([expect.objectContaining({ kind: 'comments', count: 1 })]);
  });

  it('lists follow-ups past their day, not today’s, later or closed ones', () => {
    const referral = (n: number, followUpDate: string, status = 'made' as const) => ({
      id: id(n),
      caseId: id(100),
      followUpDate,
      status,
    });
    const inbox = counselorInbox(
      sources({
        referrals: [
          referral(1, '2026-03-08'),
          referral(2, '2026-03-10'),
          referral(3, '2026-03-11'),
          { ...referral(4, '2026-03-01'), status: 'completed' },
        ],
      }),
    );
    expect(inbox.map((i) => [i.kind, i.referralId, i.daysOverdue])).toEqual([
      ['followUp', id(1), 2],
    ]);
  });

  it('lists unhandled risk first, pointing at the session and the actions it lacks', () => {
    const flagged = sources({}).cases.map((c) => ({
      ...c,
      riskFlagged: true,
      riskLevel: 'high' as const,
    }));
    const inbox = counselorInbox(
      sources({
        cases: flagged,
        sessions: [
          session(1, {
            riskLevel: 'high',
            riskAt: '2026-03-01T09:10:00+07:00',
            riskMissing: ['safetyPlan'],
          }),
        ],
        referrals: [{ id: id(9), caseId: id(100), followUpDate: '2026-03-01', status: 'made' }],
      }),
    );
    expect(inbox[0]).toMatchObject({ kind: 'risk', sessionId: id(1), missing: ['safetyPlan'] });
  });

  it('no longer lists risk once the session recorded every required action', () => {
    const flagged = sources({}).cases.map((c) => ({
      ...c,
      riskFlagged: true,
      riskLevel: 'high' as const,
    }));
    const inbox = counselorInbox(
      sources({
        cases: flagged,
        sessions: [
          session(1, { riskLevel: 'high', riskAt: '2026-03-01T09:10:00+07:00', riskMissing: [] }),
        ],
      }),
    );
    expect(inbox).toEqual([]);
  });

  it('leaves out another counselor’s returned session', () => {
    const inbox = counselorInbox(
      sources({
        sessions: [
          session(1, {
            counselorId: 'someone-else',
            review: { status: 'returned', submittedBy: 'someone-else' },
          }),
        ],
        reviewOf: () => ({
          thread: [entry('return', '2026-03-03T09:00:00Z', 'x', SUPERVISOR)],
          comments: [],
        }),
      }),
    );
    expect(inbox).toEqual([]);
  });
});

describe('a supervisor’s inbox on Home', () => {
  const item = (n: number, patch: Partial<QueueItem> = {}): QueueItem => ({
    sessionId: id(n),
    caseId: id(100),
    alias: `Klien ${n}`,
    startsAt: '2026-03-01T09:00:00+07:00',
    riskLevel: 'none',
    status: 'submitted',
    counselorId: ME,
    submittedAt: `2026-03-0${n}T09:00:00Z`,
    ...patch,
  });

  it('lists waiting sessions risk first, then the longest waiting', () => {
    const inbox = supervisorInbox([item(1), item(2, { riskLevel: 'high' }), item(3)]);
    expect(inbox.items.map((i) => [i.kind, i.sessionId])).toEqual([
      ['waiting', id(2)],
      ['waiting', id(1)],
      ['waiting', id(3)],
    ]);
    expect(inbox.waiting).toBe(3);
  });

  it('lists resubmissions apart, and leaves out returned and signed sessions', () => {
    const inbox = supervisorInbox([
      item(1, { resubmitted: true }),
      item(2, { status: 'returned' }),
      item(3, { status: 'signed' }),
      item(4),
    ]);
    expect(inbox.items.map((i) => [i.kind, i.sessionId])).toEqual([
      ['waiting', id(4)],
      ['resubmitted', id(1)],
    ]);
    expect(inbox.waiting).toBe(2);
  });

  it('shows only the first few of each kind but counts them all', () => {
    const many = Array.from({ length: 9 }, (_, n) => item(n + 1));
    const inbox = supervisorInbox(many, 3);
    expect(inbox.items).toHaveLength(3);
    expect(inbox.waiting).toBe(9);
  });
});
