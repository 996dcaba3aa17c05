import type { EntryKind, MemberInfo, StoredEntry } from '../../shared/sync';
import { roleFromCode, type NewMember } from './types';

/*
 * Rows as both stores hold them (SQLite and PostgreSQL name their columns alike), and the
 * protocol values they become.
 */

export interface MemberRow {
  member_no: number;
  role: number;
  sign_pk: Buffer;
  box_pk: Buffer;
  invite_id: Buffer;
  join_mac: Buffer;
  removed: number;
}

export interface EntryRow {
  seq: number;
  doc_id: string;
  scope_id: string;
  kind: number;
  update_id: Buffer;
  key_id: string;
  aux: number;
  author: number;
  sig: Buffer;
  body: Buffer;
}

export const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
export const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export const toMember = (r: MemberRow): MemberInfo => ({
  memberNo: r.member_no,
  role: roleFromCode(r.role),
  signPk: u8(r.sign_pk),
  boxPk: u8(r.box_pk),
  inviteId: u8(r.invite_id),
  joinMac: u8(r.join_mac),
  removed: r.removed === 1,
});

export const toEntry = (r: EntryRow): StoredEntry => ({
  seq: Number(r.seq),
  author: r.author,
  kind: r.kind as EntryKind,
  docId: r.doc_id,
  scopeId: r.scope_id,
  updateId: u8(r.update_id),
  keyId: r.key_id,
  aux: Number(r.aux),
  sig: u8(r.sig),
  body: u8(r.body),
});

/** The member a store just added as number `no`. */
export const addedMember = (no: number, role: number, m: NewMember): MemberInfo => ({
  memberNo: no,
  role: roleFromCode(role),
  signPk: m.signPk,
  boxPk: m.boxPk,
  inviteId: m.inviteId,
  joinMac: m.joinMac,
  removed: false,
});

/** A scope's member numbers as stored: each once, ascending. */
export const memberList = (members: number[]): number[] =>
  [...new Set(members)].sort((a, b) => a - b);
