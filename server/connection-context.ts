import type { Logger } from 'pino';
import type { Clock } from '../shared/clock';
import type { MemberInfo, ServerFrame } from '../shared/sync';
import type { Quotas } from './storage/acceptance';
import type { SyncStorage } from './storage/types';
import type { TeamState } from './team-state';

/**
 * What an authenticated connection lends the parts that serve its requests (entry-feed.ts,
 * roster-requests.ts, team-requests.ts, push-handler.ts): who asks, in which team, and its
 * socket. Read through functions, because the member changes when the team's members do.
 */
export interface ConnectionContext {
  readonly connId: number;
  readonly storage: SyncStorage;
  readonly log: Logger;
  /** Scopes per member and bytes per team (storage/acceptance.ts). */
  readonly quotas: Quotas;
  /** The relay's wall clock, ms since the epoch (SyncServerOptions.wallClock). */
  readonly wallClock: Clock;
  teamId(): Uint8Array;
  state(): TeamState;
  member(): MemberInfo;
  /** Authenticated and not closed. */
  isReady(): boolean;
  /** Bytes the socket has not sent yet (a slow reader). */
  unsentBytes(): number;
  send(frame: ServerFrame): void;
  /** Answers with an error frame and closes the connection. */
  fail(error: unknown): void;
}
