import type { SyncOverview, TeamMember } from '../../../shared/api/sync';

/** An actor id as people read it: short, since ids say nothing about the person (by design). */
export function personLabel(actorId: string): string {
  return actorId.length > 10 ? `${actorId.slice(0, 10)}…` : actorId;
}

/** Who is who, as the Sync overview tells it: the team's members and this account. */
export interface PeopleDirectory {
  members: TeamMember[];
  self: SyncOverview['self'];
}

/**
 * The name to show for an actor id: the display name the person signed for the team, else their
 * member number, else (not in the team, or no team) the short id. A teammate whose safety number
 * was not compared yet is marked so (`unverified`): a name is only what someone typed, so anyone
 * could call themselves "Supervisor"; the mark says whether it was checked face to face.
 */
export function personName(
  people: PeopleDirectory | null,
  actorId: string,
  memberLabel: (memberNo: number) => string,
  unverified: (name: string) => string = (name) => name,
  /** Words for oneself without a name, and for anyone the roster does not hold (issue #12, item 8). */
  plain?: { you: string; someone: string },
): string {
  const member = people?.members.find((m) => m.actorId === actorId);
  if (member) {
    const name = member.displayName ?? memberLabel(member.memberNo);
    return member.me || member.verified ? name : unverified(name);
  }
  if (people && actorId === people.self.actorId && people.self.displayName) {
    return people.self.displayName;
  }
  if (plain) return people && actorId === people.self.actorId ? plain.you : plain.someone;
  return personLabel(actorId);
}
