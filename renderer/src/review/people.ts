/** An actor id as people read it: short, since ids say nothing about the person (by design). */
export function personLabel(actorId: string): string {
  return actorId.length > 10 ? `${actorId.slice(0, 10)}…` : actorId;
}
