import { describe, expect, it } from 'vitest';
import {
  canTransition,
  createReferral,
  daysOverdue,
  DirectoryContact,
  isOverdue,
  overdueReferrals,
  Referral,
  REFERRAL_TARGET_LABELS,
  REFERRAL_TRANSITIONS,
  ReferralStatus,
  transitionReferral,
  type NewReferral,
} from '../../../shared/domain';
import { thrownCode } from './support';

const AT = '2025-03-01T10:00:00+07:00';
const BY = 'counselor-1';

function referral(id: string, followUpDate: string, createdAt = AT): Referral {
  const input: NewReferral = {
    id,
    caseId: 'case-1',
    target: 'healthFacility',
    toWhom: 'Poli Jiwa, Puskesmas Kec. Cengkareng',
    reason: 'Gejala depresi berat; perlu asesmen tatap muka',
    consent: {
      given: true,
      scope: 'Nama samaran dan ringkasan masalah ke Puskesmas',
      recordedAt: AT,
      recordedBy: BY,
      method: 'verbal',
    },
    followUpDate,
  };
  return createReferral(input, BY, createdAt);
}

function moved(r: Referral, ...path: ReferralStatus[]): Referral {
  return path.reduce((acc, to) => transitionReferral(acc, to, BY, AT), r);
}

describe('a new referral', () => {
  it('starts planned, with that as its history, and validates', () => {
    const r = referral('r1', '2025-03-08');
    expect(r.status).toBe('planned');
    expect(r.history).toEqual([{ status: 'planned', at: AT, by: BY }]);
    expect(Referral.safeParse(r).success).toBe(true);
  });

  it('is invalid when its status disagrees with its history', () => {
    expect(Referral.safeParse({ ...referral('r1', '2025-03-08'), status: 'made' }).success).toBe(
      false,
    );
  });

  it('is invalid without a follow-up date in YYYY-MM-DD form', () => {
    expect(
      Referral.safeParse({ ...referral('r1', '2025-03-08'), followUpDate: '8/3/2025' }).success,
    ).toBe(false);
  });

  it('has a bilingual label for every target', () => {
    expect(REFERRAL_TARGET_LABELS.healthFacility.id).toBe('Fasilitas kesehatan / Puskesmas');
    expect(REFERRAL_TARGET_LABELS.dinasSosial.id).toBe('Dinas Sosial');
  });
});

describe('referral status transitions', () => {
  it('go planned → made → accepted → completed, recording each step', () => {
    const r = moved(referral('r1', '2025-03-08'), 'made', 'accepted', 'completed');
    expect(r.status).toBe('completed');
    expect(r.history.map((h) => h.status)).toEqual(['planned', 'made', 'accepted', 'completed']);
    expect(Referral.safeParse(r).success).toBe(true);
  });

  it('allow a made referral to be completed without a recorded acceptance', () => {
    expect(moved(referral('r1', '2025-03-08'), 'made', 'completed').status).toBe('completed');
  });

  it('allow declining at every open step', () => {
    for (const from of ['planned', 'made', 'accepted'] as const) {
      expect(canTransition(from, 'declined')).toBe(true);
    }
  });

  it('let a completed or declined referral be reopened to planned, keeping its history', () => {
    const reopened = moved(referral('r1', '2025-03-08'), 'declined', 'planned');
    expect(reopened.history.map((h) => h.status)).toEqual(['planned', 'declined', 'planned']);
    expect(canTransition('completed', 'planned')).toBe(true);
  });

  it('refuse to skip ahead, go backwards, or stay put', () => {
    const r = referral('r1', '2025-03-08');
    expect(thrownCode(() => transitionReferral(r, 'completed', BY, AT))).toBe('invalid_transition');
    expect(thrownCode(() => transitionReferral(r, 'planned', BY, AT))).toBe('invalid_transition');
    expect(canTransition('accepted', 'made')).toBe(false);
    expect(canTransition('completed', 'declined')).toBe(false);
  });

  it('keep a note with the change when one is given', () => {
    const r = transitionReferral(referral('r1', '2025-03-08'), 'declined', BY, AT, 'Klien menolak');
    expect(r.history.at(-1)?.note).toBe('Klien menolak');
  });

  it('name a move for every status', () => {
    for (const status of ReferralStatus.options) {
      expect(REFERRAL_TRANSITIONS[status].length).toBeGreaterThan(0);
    }
  });
});

describe('overdue referrals', () => {
  const today = '2025-03-10';

  it('are not overdue on the follow-up day itself', () => {
    expect(isOverdue(referral('r1', today), today)).toBe(false);
  });

  it('are overdue the day after the follow-up date', () => {
    expect(isOverdue(referral('r1', '2025-03-09'), today)).toBe(true);
    expect(daysOverdue(referral('r1', '2025-03-09'), today)).toBe(1);
  });

  it('are never overdue once completed or declined', () => {
    const old = referral('r1', '2025-01-01');
    expect(isOverdue(moved(old, 'made', 'completed'), today)).toBe(false);
    expect(isOverdue(moved(old, 'declined'), today)).toBe(false);
    expect(daysOverdue(moved(old, 'declined'), today)).toBe(0);
  });

  it('stay overdue while made or accepted', () => {
    expect(isOverdue(moved(referral('r1', '2025-03-01'), 'made', 'accepted'), today)).toBe(true);
  });

  it('are listed most overdue first, older referrals first on the same day', () => {
    const list = [
      referral('a', '2025-03-09'),
      referral('b', '2025-03-10'),
      referral('c', '2025-02-01'),
      referral('d', '2025-03-05', '2025-03-02T10:00:00+07:00'),
      referral('e', '2025-03-05', '2025-03-01T10:00:00+07:00'),
      moved(referral('f', '2025-01-01'), 'made', 'completed'),
    ];
    expect(overdueReferrals(list, today).map((r) => r.id)).toEqual(['c', 'e', 'd', 'a']);
  });

  it('count days across a month end', () => {
    expect(daysOverdue(referral('r1', '2025-02-27'), '2025-03-02')).toBe(3);
  });
});

describe('a directory contact', () => {
  it('needs a kind and a name; phone, address and notes are optional', () => {
    expect(
      DirectoryContact.safeParse({ id: 'c1', kind: 'rtRw', name: 'Ketua RW 05 Kapuk' }).success,
    ).toBe(true);
    expect(DirectoryContact.safeParse({ id: 'c1', kind: 'rtRw', name: ' ' }).success).toBe(false);
  });

  it('accepts phone numbers as Indonesians write them and refuses text', () => {
    for (const phone of ['0812-3456-7890', '+62 812 3456 7890', '(021) 555-0101', '112']) {
      expect(
        DirectoryContact.safeParse({ id: 'c1', kind: 'police', name: 'x', phone }).success,
      ).toBe(true);
    }
    for (const phone of ['call me', '1', 'x0812']) {
      expect(
        DirectoryContact.safeParse({ id: 'c1', kind: 'police', name: 'x', phone }).success,
      ).toBe(false);
    }
  });
});
