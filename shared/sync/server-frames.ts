/** The frames the relay sends, relay to client: each one's type byte, then its fields in order. */
import { FrameError, Writer } from './codec';
import {
  list,
  readOut,
  ROLE_CODES,
  roleOf,
  checkOpaqueId,
  sizeCheck,
  writeOut,
} from './frame-fields';
import {
  BOX_PK_BYTES,
  ID_BYTES,
  MAC_BYTES,
  MAX_ENTRIES_PER_FRAME,
  MAX_LIST,
  MAX_ROSTER_EVENT_BYTES,
  SIGN_PK_BYTES,
  type AckStatus,
  type ErrorCode,
  type ServerFrame,
} from './frame-types';

const S = {
  challenge: 1,
  welcome: 2,
  members: 3,
  scopes: 4,
  'pull-info': 5,
  entries: 6,
  synced: 7,
  ack: 8,
  result: 9,
  error: 10,
  pong: 11,
  roster: 12,
} as const;

export function encodeServerFrame(f: ServerFrame): Uint8Array {
  const w = new Writer(f.t === 'entries' ? 4096 : 64).u8(S[f.t]);
  switch (f.t) {
    case 'challenge':
      w.u8(f.version).raw(f.serverId).raw(f.nonce);
      break;
    case 'welcome':
      w.raw(f.teamId).uint(f.memberNo).u8(ROLE_CODES[f.role]).uint(f.teamSeq);
      break;
    case 'members':
      w.uint(f.members.length);
      for (const m of f.members) {
        w.uint(m.memberNo).u8(ROLE_CODES[m.role]).raw(m.signPk).raw(m.boxPk);
        w.raw(m.inviteId)
          .raw(m.joinMac)
          .u8(m.removed ? 1 : 0);
      }
      break;
    case 'scopes':
      w.uint(f.scopes.length);
      for (const s of f.scopes) {
        w.str(s.scopeId)
          .uint(s.owner)
          .u8(s.includeSupervisors ? 1 : 0)
          .uint(s.members.length);
        for (const m of s.members) w.uint(m);
      }
      // Optional trailing field: the last (or only) page keeps the version-1 bytes.
      if (f.more) w.u8(1);
      break;
    case 'pull-info':
      w.uint(f.requestId).uint(f.count).uint(f.bytes);
      break;
    case 'entries':
      w.uint(f.requestId).uint(f.entries.length);
      for (const e of f.entries) {
        w.uint(e.seq).uint(e.author);
        writeOut(w, e);
      }
      break;
    case 'synced':
      w.uint(f.requestId).uint(f.cursor);
      break;
    case 'ack':
      w.uint(f.results.length);
      for (const a of f.results) w.raw(a.updateId).uint(a.seq).u8(a.status).u8(a.code);
      break;
    case 'result':
      w.uint(f.requestId).u8(f.code);
      break;
    case 'error':
      w.u8(f.code).str(f.reason.slice(0, 200));
      // Optional trailing field: error frames without it keep their version-1 bytes.
      if (f.retryAfterMs !== undefined) w.uint(Math.max(0, Math.ceil(f.retryAfterMs)));
      break;
    case 'pong':
      break;
    case 'roster':
      w.uint(f.from).uint(f.total).uint(f.events.length);
      for (const e of f.events) w.bytes(e);
      break;
  }
  return w.finish();
}

export function decodeServerFrame(bytes: Uint8Array): ServerFrame {
  const r = sizeCheck(bytes);
  const type = r.u8();
  let f: ServerFrame;
  switch (type) {
    case S.challenge:
      f = { t: 'challenge', version: r.u8(), serverId: r.fixed(ID_BYTES), nonce: r.fixed(32) };
      break;
    case S.welcome:
      f = {
        t: 'welcome',
        teamId: r.fixed(ID_BYTES),
        memberNo: r.uint(),
        role: roleOf(r.u8()),
        teamSeq: r.uint(),
      };
      break;
    case S.members:
      f = {
        t: 'members',
        members: list(r, MAX_LIST, () => ({
          memberNo: r.uint(),
          role: roleOf(r.u8()),
          signPk: r.fixed(SIGN_PK_BYTES).slice(),
          boxPk: r.fixed(BOX_PK_BYTES).slice(),
          inviteId: r.fixed(ID_BYTES).slice(),
          joinMac: r.fixed(MAC_BYTES).slice(),
          removed: r.u8() === 1,
        })),
      };
      break;
    case S.scopes: {
      const scopes = list(r, MAX_LIST, () => ({
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
        owner: r.uint(),
        includeSupervisors: r.u8() === 1,
        members: list(r, MAX_LIST, () => r.uint()),
      }));
      f = r.remaining > 0 ? { t: 'scopes', scopes, more: r.u8() === 1 } : { t: 'scopes', scopes };
      break;
    }
    case S['pull-info']:
      f = { t: 'pull-info', requestId: r.uint(), count: r.uint(), bytes: r.uint() };
      break;
    case S.entries: {
      const requestId = r.uint();
      const entries = list(r, MAX_ENTRIES_PER_FRAME, () => {
        const seq = r.uint();
        const author = r.uint();
        return { seq, author, ...readOut(r) };
      });
      f = { t: 'entries', requestId, entries };
      break;
    }
    case S.synced:
      f = { t: 'synced', requestId: r.uint(), cursor: r.uint() };
      break;
    case S.ack:
      f = {
        t: 'ack',
        results: list(r, MAX_ENTRIES_PER_FRAME, () => ({
          updateId: r.fixed(ID_BYTES).slice(),
          seq: r.uint(),
          status: r.u8() as AckStatus,
          code: r.u8(),
        })),
      };
      break;
    case S.result:
      f = { t: 'result', requestId: r.uint(), code: r.u8() };
      break;
    case S.error: {
      const code = r.u8() as ErrorCode;
      const reason = r.str(400);
      f =
        r.remaining > 0
          ? { t: 'error', code, reason, retryAfterMs: r.uint() }
          : { t: 'error', code, reason };
      break;
    }
    case S.pong:
      f = { t: 'pong' };
      break;
    case S.roster:
      f = {
        t: 'roster',
        from: r.uint(),
        total: r.uint(),
        events: list(r, MAX_LIST, () => r.bytes(MAX_ROSTER_EVENT_BYTES).slice()),
      };
      break;
    default:
      throw new FrameError('unknown-type', `unknown server frame type ${type}`);
  }
  r.end();
  return f;
}
