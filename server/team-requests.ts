import { ErrorCode, type ClientFrame } from '../shared/sync';
import type { ConnectionContext } from './connection-context';
import { canAccess } from './team-state';

/*
 * The requests that change a team on the relay, other than entries and the roster: invites,
 * scopes, removal of a member, erasure of a case, and confirmation of a snapshot. Each answers
 * with a result code; a refusal here does not close the connection.
 */

const SCOPE_SET_CODES = {
  ok: 0,
  forbidden: ErrorCode.Forbidden,
  'too-many': ErrorCode.TooManyScopes,
} as const;

export async function createInvite(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'invite' }>,
): Promise<void> {
  const member = ctx.member();
  if (member.role !== 'supervisor') {
    ctx.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.Forbidden });
    return;
  }
  const ok = await ctx.storage.createInvite(ctx.teamId(), {
    inviteId: frame.inviteId,
    role: frame.role,
    authHash: frame.authHash,
    createdBy: member.memberNo,
    expiresAt: frame.expiresAt,
  });
  ctx.send({ t: 'result', requestId: frame.requestId, code: ok ? 0 : ErrorCode.Conflict });
  ctx.log.info({ conn: ctx.connId, member: member.memberNo, ok }, 'invite created');
}

export async function setScope(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'scope-set' }>,
): Promise<void> {
  const member = ctx.member();
  const members = await ctx.state().members();
  if (frame.members.some((no) => !members.has(no))) {
    ctx.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.NotFound });
    return;
  }
  const result = await ctx.storage.setScope(
    ctx.teamId(),
    {
      scopeId: frame.scopeId,
      owner: member.memberNo,
      includeSupervisors: frame.includeSupervisors,
      members: frame.members,
    },
    member.memberNo,
    member.role === 'supervisor',
    ctx.quotas,
  );
  if (result === 'too-many') {
    ctx.log.warn(
      { conn: ctx.connId, member: member.memberNo, cap: ctx.quotas.maxScopesPerMember },
      'scope refused: the member owns as many scopes as allowed',
    );
  }
  ctx.send({ t: 'result', requestId: frame.requestId, code: SCOPE_SET_CODES[result] });
}

/**
 * Another member decrypted a snapshot: the relay may drop what it covers. Nothing is answered
 * (a confirmation that does not count, e.g. from its own author, changes nothing).
 */
export async function confirmSnapshot(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'snapshot-ok' }>,
): Promise<void> {
  const member = ctx.member();
  const deleted = await ctx.storage.confirmSnapshot(
    ctx.teamId(),
    frame.docId,
    frame.seq,
    member.memberNo,
    (scope) => canAccess(scope, member),
  );
  ctx.log.debug(
    { conn: ctx.connId, member: member.memberNo, seq: frame.seq, deleted },
    'snapshot confirmed',
  );
}

export async function removeMember(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'remove-member' }>,
): Promise<void> {
  const member = ctx.member();
  if (member.role !== 'supervisor') {
    ctx.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.Forbidden });
    return;
  }
  const ok = await ctx.storage.removeMember(ctx.teamId(), frame.memberNo);
  ctx.send({ t: 'result', requestId: frame.requestId, code: ok ? 0 : ErrorCode.NotFound });
}

/** Erasure of a case (crypto-shredding): its owner or a supervisor drops it from the relay. */
export async function eraseScope(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'erase-scope' }>,
): Promise<void> {
  const member = ctx.member();
  const teamId = ctx.teamId();
  const { outcome, deleted } = await ctx.storage.eraseScope(
    teamId,
    frame.scopeId,
    member.memberNo,
    member.role === 'supervisor',
    Math.floor(ctx.wallClock.now() / 1000),
  );
  // The case's attachment chunks go with it (before the answer, so "erased" means all of it).
  if (outcome === 'ok') await ctx.storage.chunks?.eraseScope(teamId, frame.scopeId);
  ctx.send({
    t: 'result',
    requestId: frame.requestId,
    code: outcome === 'ok' ? 0 : ErrorCode.Forbidden,
  });
  ctx.log.info({ conn: ctx.connId, member: member.memberNo, outcome, deleted }, 'scope erased');
}
