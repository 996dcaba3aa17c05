import { describe, expect, it } from 'vitest';
import { backOf, offersReview, withOrigin, type View } from '../../renderer/src/navigation';

const session = (from?: View): View => ({
  kind: 'session',
  sessionId: 's1',
  caseId: 'c1',
  ...(from ? { from } : {}),
});

describe('going back from a case or a session', () => {
  it('returns to the review queue a session was opened from', () => {
    const opened = withOrigin(session(), { kind: 'review' });
    expect(backOf(opened)).toEqual({ view: { kind: 'review' } });
  });

  it('returns to Home’s inbox a session was opened from', () => {
    const opened = withOrigin({ ...session(), focus: 'review' } as View, { kind: 'home' });
    expect(backOf(opened).view).toEqual({ kind: 'home' });
  });

  it('returns to the case’s sessions when the session was opened from its case', () => {
    const fromCase: View = { kind: 'case', caseId: 'c1', from: { kind: 'home' } };
    const opened = withOrigin(session(), fromCase);
    expect(backOf(opened)).toEqual({ view: fromCase, tab: 'sessions' });
    // …and from the case, on back to Home.
    expect(backOf(fromCase)).toEqual({ view: { kind: 'home' } });
  });

  it('goes to the case when the session has no origin (opened at start or by a link)', () => {
    expect(backOf(session())).toEqual({ view: { kind: 'case', caseId: 'c1' }, tab: 'sessions' });
  });

  it('goes to the case list from a case opened from the navigation', () => {
    expect(backOf({ kind: 'case', caseId: 'c1' })).toEqual({ view: { kind: 'cases' } });
  });

  it('leaves the screens of the navigation without an origin', () => {
    expect(withOrigin({ kind: 'review' }, session())).toEqual({ kind: 'review' });
  });

  it('goes back from a group session to the sessions of the case it was started from', () => {
    const group = withOrigin(
      { kind: 'group', groupId: 'g1', caseId: 'c1' },
      {
        kind: 'case',
        caseId: 'c1',
      },
    );
    expect(backOf(group)).toEqual({ view: { kind: 'case', caseId: 'c1' }, tab: 'sessions' });
  });

  it('keeps the origin when the same case is opened again on another tab', () => {
    const current: View = { kind: 'case', caseId: 'c1', from: { kind: 'review' } };
    expect(withOrigin({ kind: 'case', caseId: 'c1' }, current)).toEqual(current);
  });
});

describe('the review screen in the navigation', () => {
  it('is not offered to a team’s counselor, who finds returned sessions on Home', () => {
    expect(offersReview('counselor')).toBe(false);
  });

  it('is offered to a supervisor, and to someone in no team yet who may start one', () => {
    expect(offersReview('supervisor')).toBe(true);
    expect(offersReview(undefined)).toBe(true);
  });
});
