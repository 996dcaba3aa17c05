import type { SyncOverview, SyncState as ApiSyncState } from '../../../shared/api/sync';
import { toHex } from '../../../shared/encoding/hex';
import { ErrorCode as RelayErrorCode } from '../../../shared/sync';
import type { SyncState } from '../sync';
import { historyView } from './history-view';
import type { MemberProfiles } from './member-profiles';
import { joiningMembers, memberViews } from './member-trust';
import type { TeamAccess } from './team-access';

/** What the Sync screen shows: the client's status, the team, its members and open invites. */
export function teamOverview(
  access: TeamAccess,
  profiles: MemberProfiles,
  refusalCode: number | undefined,
): SyncOverview {
  const team = access.team();
  const enrollment = team.enrollment();
  const client = access.client();
  const status = client?.status();
  const { signKeyPair, boxKeyPair } = access.secrets;
  const me = toHex(signKeyPair.publicKey);
  const verified = access.verifiedMembers() ?? [];
  const names = profiles.names(enrollment, verified);
  const ownKeys = { signPk: signKeyPair.publicKey, boxPk: boxKeyPair.publicKey };
  return {
    state: enrollment ? toApiState(status?.state ?? { kind: 'offline' }) : { kind: 'notEnrolled' },
    ...(enrollment
      ? { serverUrl: enrollment.serverUrl, role: enrollment.role, memberNo: enrollment.memberNo }
      : {}),
    pending: status?.pending ?? 0,
    pendingRecords: status?.pendingDocuments ?? 0,
    ...(status && status.refused > 0
      ? { refused: { count: status.refused, reason: refusedReason(refusalCode) } }
      : {}),
    quarantined: status?.quarantined ?? 0,
    lastSyncedAt: status?.lastSyncedAt ?? null,
    bytesSent: status?.bytesSent ?? 0,
    bytesReceived: status?.bytesReceived ?? 0,
    deferredBytes: status?.deferredBytes ?? 0,
    dataSaver: team.dataSaver(),
    trust: access.roster()?.keeper.trust() ?? { state: 'waiting' },
    history: historyView(client?.history()),
    members: memberViews(team, verified, ownKeys, names),
    joining: joiningMembers(client?.members() ?? [], verified),
    invites: team
      .invites()
      .filter((i) => i.tampered === true || i.expiresAt > access.nowSeconds())
      .map((i) => ({
        inviteId: i.inviteId,
        role: i.role,
        expiresAt: i.expiresAt,
        tampered: i.tampered === true,
      })),
    self: { actorId: access.records.actorId, displayName: names.get(me) },
  };
}

type SyncProblemKind = NonNullable<Extract<ApiSyncState, { kind: 'error' }>['problem']>;

const PROBLEMS = new Map<number, Exclude<SyncProblemKind, 'other'>>([
  [RelayErrorCode.NotMember, 'notMember'],
  [RelayErrorCode.AuthFailed, 'authFailed'],
  [RelayErrorCode.Version, 'version'],
  [RelayErrorCode.RateLimited, 'rateLimited'],
]);

function problemOf(code: number | undefined): SyncProblemKind {
  return (code !== undefined && PROBLEMS.get(code)) || 'other';
}

function refusedReason(code: number | undefined): 'quotaExceeded' | 'tooManyScopes' | 'other' {
  if (code === RelayErrorCode.QuotaExceeded) return 'quotaExceeded';
  if (code === RelayErrorCode.TooManyScopes) return 'tooManyScopes';
  return 'other';
}

function toApiState(state: SyncState): ApiSyncState {
  switch (state.kind) {
    case 'offline':
      return {
        kind: 'offline',
        ...(state.cause !== undefined ? { cause: state.cause } : {}),
        ...(state.detail !== undefined ? { detail: state.detail } : {}),
        ...(state.retryAt !== undefined ? { retryAt: state.retryAt } : {}),
      };
    case 'up-to-date':
      return { kind: 'upToDate' };
    case 'syncing':
      return { kind: 'syncing', done: state.done, total: state.total };
    case 'error':
      return {
        kind: 'error',
        reason: state.reason,
        problem: problemOf(state.code),
        ...(state.retryAt !== undefined ? { retryAt: state.retryAt } : {}),
      };
    default:
      return { kind: state.kind };
  }
}
