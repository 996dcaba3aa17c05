/** The frames a client sends, client to relay: each one's type byte, then its fields in order. */
import { FrameError, Writer } from './codec';
import {
  checkOpaqueId,
  list,
  readOut,
  ROLE_CODES,
  roleOf,
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
  SIG_BYTES,
  SIGN_PK_BYTES,
  type ClientFrame,
} from './frame-types';

const C = {
  auth: 32,
  'create-team': 33,
  join: 34,
  pull: 35,
  push: 36,
  invite: 37,
  'scope-set': 38,
  'remove-member': 39,
  ping: 40,
  'erase-scope': 41,
  'roster-pull': 42,
  'roster-append': 43,
  'snapshot-ok': 44,
} as const;

export function encodeClientFrame(f: ClientFrame): Uint8Array {
  const w = new Writer(f.t === 'push' ? 4096 : 64).u8(C[f.t]);
  switch (f.t) {
    case 'auth':
      w.raw(f.teamId).raw(f.signPk).raw(f.sig);
      break;
    case 'create-team':
      w.raw(f.teamId).raw(f.signPk).raw(f.boxPk).raw(f.sig);
      break;
    case 'join':
      w.raw(f.teamId).raw(f.inviteId).raw(f.inviteAuth).raw(f.signPk).raw(f.boxPk);
      w.raw(f.joinMac).raw(f.sig);
      break;
    case 'pull':
      w.uint(f.requestId).uint(f.cursor).str(f.scopeId).u8(f.flags);
      break;
    case 'push':
      w.uint(f.entries.length);
      for (const e of f.entries) writeOut(w, e);
      break;
    case 'invite':
      w.uint(f.requestId).raw(f.inviteId).u8(ROLE_CODES[f.role]).raw(f.authHash);
      w.uint(f.expiresAt);
      break;
    case 'scope-set':
      w.uint(f.requestId)
        .str(f.scopeId)
        .u8(f.includeSupervisors ? 1 : 0);
      w.uint(f.members.length);
      for (const m of f.members) w.uint(m);
      break;
    case 'remove-member':
      w.uint(f.requestId).uint(f.memberNo);
      break;
    case 'erase-scope':
      w.uint(f.requestId).str(f.scopeId);
      break;
    case 'ping':
      break;
    case 'roster-pull':
      w.uint(f.requestId).uint(f.from);
      break;
    case 'roster-append':
      w.uint(f.requestId).uint(f.index).bytes(f.event);
      break;
    case 'snapshot-ok':
      w.str(f.docId).uint(f.seq);
      break;
  }
  return w.finish();
}

export function decodeClientFrame(bytes: Uint8Array): ClientFrame {
  const r = sizeCheck(bytes);
  const type = r.u8();
  let f: ClientFrame;
  switch (type) {
    case C.auth:
      f = { t: 'auth', teamId: r.fixed(ID_BYTES), signPk: r.fixed(32), sig: r.fixed(SIG_BYTES) };
      break;
    case C['create-team']:
      f = {
        t: 'create-team',
        teamId: r.fixed(ID_BYTES),
        signPk: r.fixed(SIGN_PK_BYTES),
        boxPk: r.fixed(BOX_PK_BYTES),
        sig: r.fixed(SIG_BYTES),
      };
      break;
    case C.join:
      f = {
        t: 'join',
        teamId: r.fixed(ID_BYTES),
        inviteId: r.fixed(ID_BYTES),
        inviteAuth: r.fixed(32),
        signPk: r.fixed(SIGN_PK_BYTES),
        boxPk: r.fixed(BOX_PK_BYTES),
        joinMac: r.fixed(MAC_BYTES),
        sig: r.fixed(SIG_BYTES),
      };
      break;
    case C.pull: {
      const requestId = r.uint();
      const cursor = r.uint();
      const scopeId = r.str(128);
      if (scopeId !== '') checkOpaqueId(scopeId, 'scope id');
      f = { t: 'pull', requestId, cursor, scopeId, flags: r.u8() };
      break;
    }
    case C.push:
      f = { t: 'push', entries: list(r, MAX_ENTRIES_PER_FRAME, () => readOut(r)) };
      break;
    case C.invite:
      f = {
        t: 'invite',
        requestId: r.uint(),
        inviteId: r.fixed(ID_BYTES),
        role: roleOf(r.u8()),
        authHash: r.fixed(32),
        expiresAt: r.uint(),
      };
      break;
    case C['scope-set']:
      f = {
        t: 'scope-set',
        requestId: r.uint(),
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
        includeSupervisors: r.u8() === 1,
        members: list(r, MAX_LIST, () => r.uint()),
      };
      break;
    case C['remove-member']:
      f = { t: 'remove-member', requestId: r.uint(), memberNo: r.uint() };
      break;
    case C['erase-scope']:
      f = {
        t: 'erase-scope',
        requestId: r.uint(),
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
      };
      break;
    case C.ping:
      f = { t: 'ping' };
      break;
    case C['roster-pull']:
      f = { t: 'roster-pull', requestId: r.uint(), from: r.uint() };
      break;
    case C['roster-append']:
      f = {
        t: 'roster-append',
        requestId: r.uint(),
        index: r.uint(),
        event: r.bytes(MAX_ROSTER_EVENT_BYTES).slice(),
      };
      break;
    case C['snapshot-ok']:
      f = { t: 'snapshot-ok', docId: checkOpaqueId(r.str(128), 'document id'), seq: r.uint() };
      break;
    default:
      throw new FrameError('unknown-type', `unknown client frame type ${type}`);
  }
  r.end();
  return f;
}
