import type { MemberInfo } from '../../shared/sync';
import type { SqliteContext } from './context-sqlite';
import { afterWrongSecret, inviteVerdict } from './invite-verdict';
import { addedMember, buf, toMember, type MemberRow } from './rows';
import { ROLE_CODE, teamKey, ZERO_ID, ZERO_MAC, type InviteRecord, type NewMember } from './types';

/** A team's members in SQLite: founding a team, invites, joining, removal. */

function addMember(
  { db, clock }: SqliteContext,
  teamId: Uint8Array,
  role: number,
  m: NewMember,
): MemberInfo {
  const team = db.prepare('SELECT next_member FROM teams WHERE team_id = ?').get(buf(teamId)) as {
    next_member: number;
  };
  const no = team.next_member;
  db.prepare('UPDATE teams SET next_member = next_member + 1 WHERE team_id = ?').run(buf(teamId));
  db.prepare(
    `INSERT INTO members (team_id, member_no, role, sign_pk, box_pk, invite_id, join_mac, joined_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    buf(teamId),
    no,
    role,
    buf(m.signPk),
    buf(m.boxPk),
    buf(m.inviteId),
    buf(m.joinMac),
    clock.now(),
  );
  return addedMember(no, role, m);
}

export function createTeam(
  ctx: SqliteContext,
  teamId: Uint8Array,
  founder: { signPk: Uint8Array; boxPk: Uint8Array },
): MemberInfo | 'exists' {
  const { db } = ctx;
  const member = db
    .transaction(() => {
      const ins = db
        .prepare(
          'INSERT OR IGNORE INTO teams (team_id, last_seq, next_member, created_at) VALUES (?, 0, 1, ?)',
        )
        .run(buf(teamId), ctx.clock.now());
      if (ins.changes === 0) return 'exists' as const;
      return addMember(ctx, teamId, ROLE_CODE.supervisor, {
        ...founder,
        inviteId: ZERO_ID,
        joinMac: ZERO_MAC,
      });
    })
    .immediate();
  if (member !== 'exists') ctx.emit({ type: 'members', team: teamKey(teamId) });
  return member;
}

export function createInvite(
  { db }: SqliteContext,
  teamId: Uint8Array,
  invite: InviteRecord,
): boolean {
  const r = db
    .prepare(
      `INSERT OR IGNORE INTO invites (team_id, invite_id, role, auth_hash, created_by, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      buf(teamId),
      buf(invite.inviteId),
      ROLE_CODE[invite.role],
      buf(invite.authHash),
      invite.createdBy,
      invite.expiresAt,
    );
  return r.changes === 1;
}

interface InviteRow {
  role: number;
  auth_hash: Buffer;
  expires_at: number;
  used_by: number | null;
  failed_attempts: number;
}

export function join(
  ctx: SqliteContext,
  teamId: Uint8Array,
  inviteAuthHash: Uint8Array,
  member: NewMember,
  nowSeconds: number,
  maxWrongSecrets: number,
): MemberInfo | 'bad-invite' | 'burned' | 'exists' {
  const { db } = ctx;
  const result = db
    .transaction(() => {
      const inv = db
        .prepare(
          `SELECT role, auth_hash, expires_at, used_by, failed_attempts FROM invites
           WHERE team_id = ? AND invite_id = ?`,
        )
        .get(buf(teamId), buf(member.inviteId)) as InviteRow | undefined;
      if (!inv || inv.used_by !== null || inv.expires_at < nowSeconds) {
        return 'bad-invite' as const;
      }
      const verdict = inviteVerdict(
        inv.failed_attempts,
        maxWrongSecrets,
        inviteAuthHash,
        inv.auth_hash,
      );
      if (verdict === 'wrong') {
        db.prepare(
          'UPDATE invites SET failed_attempts = failed_attempts + 1 WHERE team_id = ? AND invite_id = ?',
        ).run(buf(teamId), buf(member.inviteId));
        return afterWrongSecret(inv.failed_attempts, maxWrongSecrets);
      }
      if (verdict === 'burned') return 'burned' as const;
      const existing = db
        .prepare('SELECT 1 FROM members WHERE team_id = ? AND sign_pk = ?')
        .get(buf(teamId), buf(member.signPk));
      if (existing) return 'exists' as const;
      const added = addMember(ctx, teamId, inv.role, member);
      db.prepare('UPDATE invites SET used_by = ? WHERE team_id = ? AND invite_id = ?').run(
        added.memberNo,
        buf(teamId),
        buf(member.inviteId),
      );
      return added;
    })
    .immediate();
  if (typeof result !== 'string') ctx.emit({ type: 'members', team: teamKey(teamId) });
  return result;
}

export function members({ db }: SqliteContext, teamId: Uint8Array): MemberInfo[] {
  const rows = db
    .prepare(
      `SELECT member_no, role, sign_pk, box_pk, invite_id, join_mac, removed FROM members
       WHERE team_id = ? ORDER BY member_no`,
    )
    .all(buf(teamId)) as MemberRow[];
  return rows.map(toMember);
}

export function removeMember(ctx: SqliteContext, teamId: Uint8Array, memberNo: number): boolean {
  const r = ctx.db
    .prepare('UPDATE members SET removed = 1 WHERE team_id = ? AND member_no = ?')
    .run(buf(teamId), memberNo);
  if (r.changes > 0) ctx.emit({ type: 'members', team: teamKey(teamId) });
  return r.changes > 0;
}
