import type pg from 'pg';
import type { MemberInfo } from '../../shared/sync';
import { lockTeam, type PostgresContext } from './context-postgres';
import { afterWrongSecret, inviteVerdict } from './invite-verdict';
import { addedMember, buf, toMember } from './rows';
import { ROLE_CODE, teamKey, ZERO_ID, ZERO_MAC, type InviteRecord, type NewMember } from './types';

/** A team's members in PostgreSQL: founding a team, invites, joining, removal. */

async function addMember(
  c: pg.PoolClient,
  teamId: Uint8Array,
  role: number,
  m: NewMember,
): Promise<MemberInfo> {
  const r = await c.query<{ no: number }>(
    `UPDATE teams SET next_member = next_member + 1 WHERE team_id = $1 RETURNING next_member - 1 AS no`,
    [buf(teamId)],
  );
  const no = Number(r.rows[0]?.no);
  await c.query(
    `INSERT INTO members (team_id, member_no, role, sign_pk, box_pk, invite_id, join_mac)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [buf(teamId), no, role, buf(m.signPk), buf(m.boxPk), buf(m.inviteId), buf(m.joinMac)],
  );
  return addedMember(no, role, m);
}

export async function createTeam(
  ctx: PostgresContext,
  teamId: Uint8Array,
  founder: { signPk: Uint8Array; boxPk: Uint8Array },
): Promise<MemberInfo | 'exists'> {
  const team = teamKey(teamId);
  return ctx
    .tx(async (c) => {
      const ins = await c.query(
        `INSERT INTO teams (team_id, last_seq, next_member) VALUES ($1, 0, 1) ON CONFLICT DO NOTHING`,
        [buf(teamId)],
      );
      if (ins.rowCount === 0) return 'exists' as const;
      const m = await addMember(c, teamId, ROLE_CODE.supervisor, {
        ...founder,
        inviteId: ZERO_ID,
        joinMac: ZERO_MAC,
      });
      await ctx.notify(c, { type: 'members', team });
      return m;
    })
    .then((m) => {
      if (m !== 'exists') ctx.emit({ type: 'members', team });
      return m;
    });
}

export async function createInvite(
  { pool }: PostgresContext,
  teamId: Uint8Array,
  invite: InviteRecord,
): Promise<boolean> {
  const r = await pool.query(
    `INSERT INTO invites (team_id, invite_id, role, auth_hash, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [
      buf(teamId),
      buf(invite.inviteId),
      ROLE_CODE[invite.role],
      buf(invite.authHash),
      invite.createdBy,
      invite.expiresAt,
    ],
  );
  return r.rowCount === 1;
}

interface InviteRow {
  role: number;
  auth_hash: Buffer;
  expires_at: string;
  used_by: number | null;
  failed_attempts: number;
}

export async function join(
  ctx: PostgresContext,
  teamId: Uint8Array,
  inviteAuthHash: Uint8Array,
  member: NewMember,
  nowSeconds: number,
  maxWrongSecrets: number,
): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'> {
  const team = teamKey(teamId);
  const result = await ctx.tx(async (c) => {
    await lockTeam(c, teamId);
    const inv = await c.query<InviteRow>(
      `SELECT role, auth_hash, expires_at, used_by, failed_attempts FROM invites
       WHERE team_id = $1 AND invite_id = $2 FOR UPDATE`,
      [buf(teamId), buf(member.inviteId)],
    );
    const row = inv.rows[0];
    if (!row || row.used_by !== null || Number(row.expires_at) < nowSeconds) {
      return 'bad-invite' as const;
    }
    const verdict = inviteVerdict(
      row.failed_attempts,
      maxWrongSecrets,
      inviteAuthHash,
      row.auth_hash,
    );
    if (verdict === 'wrong') {
      // Counted in the database (the row is locked), so the bound holds across every process.
      await c.query(
        `UPDATE invites SET failed_attempts = failed_attempts + 1
         WHERE team_id = $1 AND invite_id = $2`,
        [buf(teamId), buf(member.inviteId)],
      );
      return afterWrongSecret(row.failed_attempts, maxWrongSecrets);
    }
    if (verdict === 'burned') return 'burned' as const;
    const existing = await c.query('SELECT 1 FROM members WHERE team_id = $1 AND sign_pk = $2', [
      buf(teamId),
      buf(member.signPk),
    ]);
    if ((existing.rowCount ?? 0) > 0) return 'exists' as const;
    const added = await addMember(c, teamId, row.role, member);
    await c.query('UPDATE invites SET used_by = $1 WHERE team_id = $2 AND invite_id = $3', [
      added.memberNo,
      buf(teamId),
      buf(member.inviteId),
    ]);
    await ctx.notify(c, { type: 'members', team });
    return added;
  });
  if (typeof result !== 'string') ctx.emit({ type: 'members', team });
  return result;
}

export async function members(
  { pool }: PostgresContext,
  teamId: Uint8Array,
): Promise<MemberInfo[]> {
  const r = await pool.query(
    `SELECT member_no, role, sign_pk, box_pk, invite_id, join_mac, removed::int AS removed
     FROM members WHERE team_id = $1 ORDER BY member_no`,
    [buf(teamId)],
  );
  return r.rows.map(toMember);
}

export async function removeMember(
  ctx: PostgresContext,
  teamId: Uint8Array,
  memberNo: number,
): Promise<boolean> {
  const team = teamKey(teamId);
  const changed = await ctx.tx(async (c) => {
    const r = await c.query(
      'UPDATE members SET removed = true WHERE team_id = $1 AND member_no = $2',
      [buf(teamId), memberNo],
    );
    if ((r.rowCount ?? 0) > 0) await ctx.notify(c, { type: 'members', team });
    return (r.rowCount ?? 0) > 0;
  });
  if (changed) ctx.emit({ type: 'members', team });
  return changed;
}
