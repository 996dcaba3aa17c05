import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../shared/api/sync';
import { personName, type PeopleDirectory } from '../../../renderer/src/review/people';

const member = (over: Partial<TeamMember>): TeamMember => ({
  memberNo: 2,
  role: 'counselor',
  fingerprint: '',
  actorId: 'actor-2',
  me: false,
  removed: false,
  verified: false,
  keyChanged: false,
  ...over,
});

const people = (members: TeamMember[]): PeopleDirectory => ({
  members,
  self: { actorId: 'actor-1', displayName: 'Saya' },
});

const label = (p: PeopleDirectory, actorId: string): string =>
  personName(
    p,
    actorId,
    (n) => `Anggota #${n}`,
    (name) => `${name} (belum terverifikasi)`,
  );

describe("a person's name as screens show it", () => {
  it('marks a teammate whose safety number was not compared, whatever name they gave themselves', () => {
    const p = people([member({ displayName: 'Supervisor' })]);
    expect(label(p, 'actor-2')).toBe('Supervisor (belum terverifikasi)');
  });

  it('shows a verified teammate, and oneself, by name alone', () => {
    const p = people([
      member({ displayName: 'Rina', verified: true }),
      member({ memberNo: 1, actorId: 'actor-1', me: true, displayName: 'Saya' }),
    ]);
    expect(label(p, 'actor-2')).toBe('Rina');
    expect(label(p, 'actor-1')).toBe('Saya');
  });

  it('falls back to the member number, then to the short id of someone outside the team', () => {
    expect(label(people([member({})]), 'actor-2')).toBe('Anggota #2 (belum terverifikasi)');
    expect(label(people([]), 'abcdefghijklmnop')).toBe('abcdefghij…');
  });
});
