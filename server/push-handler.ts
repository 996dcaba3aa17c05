import { ErrorCode, type ClientFrame } from '../shared/sync';
import { verifyEntry } from '../shared/sync/identity';
import type { ConnectionContext } from './connection-context';
import { ProtocolError } from './protocol-error';
import { canAccess } from './team-state';

/** Stores pushed entries (the acceptance policy is storage/acceptance.ts) and acknowledges them. */
export async function storePush(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'push' }>,
): Promise<void> {
  const started = performance.now();
  const member = ctx.member();
  const teamId = ctx.teamId();
  for (const entry of frame.entries) {
    // The server cannot read an entry, but it checks who wrote it: a tampered header or body,
    // or an entry signed by someone else, closes the connection.
    if (!verifyEntry(teamId, entry, member.signPk)) {
      throw new ProtocolError(ErrorCode.BadSignature, 'an entry signature is not valid');
    }
  }
  const members = await ctx.state().members();
  const outcome = await ctx.storage.append(teamId, member.memberNo, frame.entries, {
    canWrite: (scope) => canAccess(scope, member),
    isMember: (no) => members.get(no)?.removed === false,
    quotas: ctx.quotas,
  });
  ctx.send({ t: 'ack', results: outcome.results });
  ctx.log.info(
    {
      conn: ctx.connId,
      member: member.memberNo,
      entries: frame.entries.length,
      stored: outcome.stored,
      refused: outcome.results.filter((r) => r.status === 2).length,
      bytes: frame.entries.reduce((n, e) => n + e.body.length, 0),
      ms: Math.round((performance.now() - started) * 10) / 10,
    },
    'push',
  );
}
