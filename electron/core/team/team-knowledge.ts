import type { TeamKnowledge } from '../../../shared/domain';
import type { MemberInfo } from '../../../shared/sync';
import type { Enrollment } from './team-document';

const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/**
 * What the device knows of its team, for judging who may sign off (review/authority): the role
 * it enrolled with (kept on disk) and the relay's member list (kept in memory only, so it is
 * absent after an offline start until the relay answers).
 */
export function teamKnowledge(
  signPublicKey: Uint8Array,
  enrollment: Enrollment | undefined,
  members: readonly MemberInfo[] | undefined,
): TeamKnowledge {
  return {
    self: toHex(signPublicKey),
    enrolledAs: enrollment?.role,
    ...(members && members.length > 0
      ? {
          members: members.map((m) => ({
            signPublicKey: toHex(m.signPk),
            role: m.role,
            removed: m.removed,
          })),
        }
      : {}),
  };
}
