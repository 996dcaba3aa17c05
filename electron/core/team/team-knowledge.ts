import type { TeamKnowledge } from '../../../shared/domain';
import { toHex } from '../../../shared/encoding/hex';
import type { MemberInfo } from '../../../shared/sync';
import type { Enrollment } from './team-document';

/**
 * What the device knows of its team, for judging who may sign off (review/authority): the role
 * it enrolled with (kept on disk) and the members of the verified, signed roster (absent while
 * this device has verified none: then no sign-off counts as verified).
 */
export function teamKnowledge(
  signPublicKey: Uint8Array,
  enrollment: Enrollment | undefined,
  members: ReadonlyArray<Pick<MemberInfo, 'signPk' | 'role' | 'removed'>> | undefined,
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
