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
 * member number, else (not in the team, or no team) the short id.
 */
export function personName(
  people: PeopleDirectory | null,
  actorId: string,
  memberLabel: (memberNo: number) => string,
): string {
  const member = people?.members.find((m) => m.actorId === actorId);
  if (member) return member.displayName ?? memberLabel(member.memberNo);
  if (people && actorId === people.self.actorId && people.self.displayName) {
    return people.self.displayName;
  }
  return personLabel(actorId);
}
