import { describe, expect, it } from 'vitest';
import {
  carriesAuthority,
  maySign,
  sessionStatus,
  signerAuthority,
  type ReviewEntry,
  type TeamKnowledge,
} from '../../../../shared/domain';

const SUPERVISOR = 'aa'.repeat(32);
const FORMER = 'bb'.repeat(32);
const COUNSELOR = 'cc'.repeat(32);
const STRANGER = 'dd'.repeat(32);

const members: TeamKnowledge['members'] = [
  { signPublicKey: SUPERVISOR, role: 'supervisor', removed: false },
  { signPublicKey: FORMER, role: 'supervisor', removed: true },
  { signPublicKey: COUNSELOR, role: 'counselor', removed: false },
];

const entry = (kind: ReviewEntry['kind'], minute: number): ReviewEntry => ({
  kind,
  text: '',
  by: 'u-x',
  at: new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString(),
});

describe("whether a sign-off carries a supervisor's authority", () => {
  it("accepts a current supervisor's key and a removed supervisor's as a former one", () => {
    const team: TeamKnowledge = { self: COUNSELOR, enrolledAs: 'counselor', members };
    expect(signerAuthority(team, SUPERVISOR)).toBe('supervisor');
    expect(signerAuthority(team, FORMER)).toBe('formerSupervisor');
    expect(carriesAuthority('formerSupervisor')).toBe(true);
  });

  it("refuses a counselor's key and a key that is no member's", () => {
    const team: TeamKnowledge = { self: SUPERVISOR, enrolledAs: 'supervisor', members };
    expect(signerAuthority(team, COUNSELOR)).toBe('refused');
    expect(signerAuthority(team, STRANGER)).toBe('refused');
    expect(carriesAuthority('refused')).toBe(false);
  });

  it('leaves a sign-off unverified, neither refused nor counted as signed, while no signed roster is known', () => {
    const offline: TeamKnowledge = { self: COUNSELOR, enrolledAs: 'counselor' };
    expect(signerAuthority(offline, SUPERVISOR)).toBe('unverified');
    expect(signerAuthority({ ...offline, members: [] }, SUPERVISOR)).toBe('unverified');
    expect(signerAuthority({ self: COUNSELOR }, SUPERVISOR)).toBe('unverified');
    expect(carriesAuthority('unverified')).toBe(false);
  });

  it('knows its own role from its enrolment, even offline', () => {
    expect(signerAuthority({ self: SUPERVISOR, enrolledAs: 'supervisor' }, SUPERVISOR)).toBe(
      'supervisor',
    );
    expect(signerAuthority({ self: COUNSELOR, enrolledAs: 'counselor' }, COUNSELOR)).toBe(
      'refused',
    );
  });

  it('lets only a current supervisor sign, never someone in no team', () => {
    expect(maySign({ self: SUPERVISOR, enrolledAs: 'supervisor' })).toBe(true);
    expect(maySign({ self: SUPERVISOR, enrolledAs: 'supervisor', members })).toBe(true);
    expect(maySign({ self: FORMER, enrolledAs: 'supervisor', members })).toBe(false);
    expect(maySign({ self: COUNSELOR, enrolledAs: 'counselor', members })).toBe(false);
    expect(maySign({ self: COUNSELOR })).toBe(false);
  });

  it('leaves the status where the thread has it when the sign-off does not count', () => {
    const thread = [entry('submit', 1), entry('sign', 2)];
    expect(sessionStatus(thread, true)).toBe('signed');
    expect(sessionStatus(thread, false)).toBe('submitted');
    expect(sessionStatus([...thread, entry('return', 3)], false)).toBe('returned');
  });
});
