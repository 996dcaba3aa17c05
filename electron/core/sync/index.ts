/**
 * The sync client (docs/sync-protocol.md): plain Node, never imports 'electron'.
 *
 * - createTeam / joinTeam: enrol this device on a server (once).
 * - SyncClient: connect, push the outbox, pull by cursor, receive live entries, status.
 * - keyFingerprint / verifyJoin: out-of-band checks of members' keys.
 */
export {
  RelayRefusal,
  SyncClient,
  type DataSaverOptions,
  type SyncClientOptions,
  type SyncKeySource,
  type SyncProblem,
  type SyncState,
  type SyncStatus,
} from './sync-client';
export { createTeam, joinTeam, type Enrolled } from './enroll';
export { decodeInvite, encodeInvite, keyFingerprint, verifyJoin, type Invite } from './identity';
export { trackLocalEdits } from './outbox-hook';
export {
  defaultWebSocketFactory,
  realTimers,
  type Timers,
  type WebSocketFactory,
  type WebSocketLike,
} from './transport';
export type { MemberInfo, Role, ScopeInfo } from '../../../shared/sync';
