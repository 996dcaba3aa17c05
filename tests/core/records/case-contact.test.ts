import { describe, expect, it } from 'vitest';
import {
  contactTimes,
  movedStart,
  openReferralDatesOf,
} from '../../../electron/core/records/case-contact';

describe('a case’s contact, from its own index entry', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('takes the latest start at or before now as the last contact and the earliest after as the next', () => {
    expect(
      contactTimes(
        [
          '2026-03-05T09:00:00+07:00',
          '2026-03-20T09:00:00+07:00',
          '2026-03-09T09:00:00+07:00',
          '2026-04-01T09:00:00+07:00',
        ],
        now,
      ),
    ).toEqual({
      lastSessionAt: '2026-03-09T09:00:00+07:00',
      nextSessionAt: '2026-03-20T09:00:00+07:00',
    });
  });

  it('compares instants, not the text, when the offsets differ', () => {
    // 19:00 at +07:00 is 12:00Z, which is now: the last contact, not the next.
    const starts = ['2026-03-10T19:00:00+07:00', '2026-03-10T13:00:00+00:00'];
    expect(contactTimes(starts, now)).toEqual({
      lastSessionAt: '2026-03-10T19:00:00+07:00',
      nextSessionAt: '2026-03-10T13:00:00+00:00',
    });
  });

  it('has neither for a case without sessions', () => {
    expect(contactTimes([], now)).toEqual({});
  });

  it('moves one start, keeps the same start of another session, and adds a new one', () => {
    const starts = ['2026-03-05T09:00:00+07:00', '2026-03-05T09:00:00+07:00'];
    expect(movedStart(starts, '2026-03-05T09:00:00+07:00', '2026-03-06T09:00:00+07:00')).toEqual([
      '2026-03-05T09:00:00+07:00',
      '2026-03-06T09:00:00+07:00',
    ]);
    expect(movedStart(starts, undefined, '2026-03-07T09:00:00+07:00')).toHaveLength(3);
  });

  it('keeps the follow-up dates of open referrals only', () => {
    expect(
      openReferralDatesOf([
        { followUpDate: '2026-03-01', status: 'planned' },
        { followUpDate: '2026-03-02', status: 'completed' },
        { followUpDate: '2026-03-03', status: 'accepted' },
        { followUpDate: '2026-03-04', status: 'declined' },
      ]),
    ).toEqual(['2026-03-01', '2026-03-03']);
  });
});
