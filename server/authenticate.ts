import type { Logger } from 'pino';
import type { Clock } from '../shared/clock';
import { ErrorCode, type ClientFrame, type MemberInfo } from '../shared/sync';
import { toHex } from '../shared/encoding/hex';
import { inviteAuthHash, verifyAuth } from '../shared/sync/identity';
import type { RelayGuard } from './limits';
import { ProtocolError } from './protocol-error';
import type { SyncStorage } from './storage/types';
import type { TeamState } from './team-state';

/** The three ways into a team (docs/sync-protocol.md, "Authentication"). */
export type AuthFrame = Extract<ClientFrame, { t: 'auth' | 'create-team' | 'join' }>;

/** What authentication needs from the relay (server/connection.ts, ConnectionHost). */
export interface AuthHost {
  storage: SyncStorage;
  serverId: Uint8Array;
  log: Logger;
  allowTeamCreation: boolean;
  guard: RelayGuard;
  /** Ms since the epoch: an invite's expiry is compared with it. */
  wallClock: Clock;
  team(teamId: Uint8Array): TeamState;
}

/** The relay, and the connection being authenticated. */
export interface AuthContext {
  host: AuthHost;
  /** The challenge this connection sent. */
  nonce: Uint8Array;
  connId: number;
  /** The client's address key (server/client-address.ts), for the log. */
  address: string;
}

/**
 * Checks the answer to the challenge and returns the member it makes this connection: a known
 * member (auth), the founder of a new team (create-team) or a new member by invite (join).
 * A refusal throws a ProtocolError.
 */
export async function authenticate(ctx: AuthContext, frame: AuthFrame): Promise<MemberInfo> {
  if (frame.t === 'auth') return authMember(ctx, frame);
  if (frame.t === 'create-team') return createTeam(ctx, frame);
  return join(ctx, frame);
}

function signed(ctx: AuthContext, frame: AuthFrame) {
  const { serverId } = ctx.host;
  return { serverId, nonce: ctx.nonce, teamId: frame.teamId, signPk: frame.signPk };
}

function badSignature(): ProtocolError {
  return new ProtocolError(ErrorCode.AuthFailed, 'the challenge signature is not valid');
}

async function authMember(
  ctx: AuthContext,
  frame: Extract<AuthFrame, { t: 'auth' }>,
): Promise<MemberInfo> {
  const known = await ctx.host.team(frame.teamId).memberBySignPk(frame.signPk);
  if (!verifyAuth({ purpose: 'auth', ...signed(ctx, frame) }, frame.sig)) throw badSignature();
  if (!known || known.removed) {
    throw new ProtocolError(ErrorCode.NotMember, 'this device is not a member of the team');
  }
  return known;
}

async function createTeam(
  ctx: AuthContext,
  frame: Extract<AuthFrame, { t: 'create-team' }>,
): Promise<MemberInfo> {
  if (!ctx.host.allowTeamCreation) {
    throw new ProtocolError(ErrorCode.Forbidden, 'this server does not create teams');
  }
  const base = signed(ctx, frame);
  if (!verifyAuth({ purpose: 'create-team', ...base, boxPk: frame.boxPk }, frame.sig)) {
    throw badSignature();
  }
  const created = await ctx.host.storage.createTeam(frame.teamId, {
    signPk: frame.signPk,
    boxPk: frame.boxPk,
  });
  if (created === 'exists') throw new ProtocolError(ErrorCode.TeamExists, 'team exists');
  return created;
}

async function join(
  ctx: AuthContext,
  frame: Extract<AuthFrame, { t: 'join' }>,
): Promise<MemberInfo> {
  const claim = {
    purpose: 'join' as const,
    ...signed(ctx, frame),
    boxPk: frame.boxPk,
    inviteId: frame.inviteId,
    joinMac: frame.joinMac,
  };
  if (!verifyAuth(claim, frame.sig)) throw badSignature();
  const joined = await ctx.host.storage.join(
    frame.teamId,
    inviteAuthHash(frame.inviteAuth),
    {
      signPk: frame.signPk,
      boxPk: frame.boxPk,
      inviteId: frame.inviteId,
      joinMac: frame.joinMac,
    },
    Math.floor(ctx.host.wallClock.now() / 1000),
    ctx.host.guard.limits.inviteAttempts,
  );
  if (joined === 'bad-invite') {
    throw new ProtocolError(ErrorCode.BadInvite, 'the invite is unknown, used or expired');
  }
  if (joined === 'burned') {
    ctx.host.log.warn(
      { conn: ctx.connId, team: toHex(frame.teamId).slice(0, 8), address: ctx.address },
      'join refused: the invite was burned by wrong secrets',
    );
    throw new ProtocolError(
      ErrorCode.BadInvite,
      'the invite was withdrawn after too many wrong attempts; ask for a new one',
    );
  }
  if (joined === 'exists') throw new ProtocolError(ErrorCode.Conflict, 'already a member');
  return joined;
}
