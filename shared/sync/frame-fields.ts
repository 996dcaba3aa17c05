/** The fields both directions' frames are made of: ids, roles, entries, lists, sizes. */
import { FrameError, Reader, Writer } from './codec';
import {
  EntryKind,
  ID_BYTES,
  KEY_ID,
  MAX_BODY_BYTES,
  MAX_FRAME_BYTES,
  OPAQUE_ID,
  SIG_BYTES,
  type EntryHeader,
  type OutEntry,
  type Role,
  type ScopeInfo,
} from './frame-types';

export const ROLE_CODES: Record<Role, number> = { supervisor: 1, counselor: 2 };
export const roleOf = (code: number): Role => {
  if (code === 1) return 'supervisor';
  if (code === 2) return 'counselor';
  throw new FrameError('malformed', `unknown role ${code}`);
};

export function checkOpaqueId(id: string, what = 'id'): string {
  if (!OPAQUE_ID.test(id)) throw new FrameError('malformed', `invalid ${what}`);
  return id;
}

export function checkKeyId(id: string): string {
  if (!KEY_ID.test(id)) throw new FrameError('malformed', 'invalid key id');
  return id;
}

/** The header fields in their canonical order: the same bytes are signed and sent. */
export function writeHeader(w: Writer, h: EntryHeader): Writer {
  return w.u8(h.kind).str(h.docId).str(h.scopeId).raw(h.updateId).str(h.keyId).uint(h.aux);
}

export function readHeader(r: Reader): EntryHeader {
  const kind = r.u8();
  if (kind !== EntryKind.Update && kind !== EntryKind.Snapshot && kind !== EntryKind.Key) {
    throw new FrameError('malformed', `unknown entry kind ${kind}`);
  }
  return {
    kind,
    docId: checkOpaqueId(r.str(128), 'document id'),
    scopeId: checkOpaqueId(r.str(128), 'scope id'),
    updateId: r.fixed(ID_BYTES).slice(),
    keyId: checkKeyId(r.str(64)),
    aux: r.uint(),
  };
}

export function writeOut(w: Writer, e: OutEntry): void {
  if (e.sig.length !== SIG_BYTES || e.updateId.length !== ID_BYTES) {
    throw new RangeError('entry has a bad signature or id length');
  }
  writeHeader(w, e).raw(e.sig).bytes(e.body);
}

export function readOut(r: Reader): OutEntry {
  const header = readHeader(r);
  return { ...header, sig: r.fixed(SIG_BYTES).slice(), body: r.bytes(MAX_BODY_BYTES).slice() };
}

export function list<T>(r: Reader, max: number, read: () => T): T[] {
  const n = r.uint();
  if (n > max) throw new FrameError('malformed', `a list of ${n} exceeds its limit ${max}`);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read());
  return out;
}

export function sizeCheck(bytes: Uint8Array): Reader {
  if (bytes.length > MAX_FRAME_BYTES) {
    throw new FrameError('too-large', `frame of ${bytes.length} bytes exceeds ${MAX_FRAME_BYTES}`);
  }
  if (bytes.length === 0) throw new FrameError('truncated', 'empty frame');
  return new Reader(bytes);
}

/** Encoded size of one stored entry inside an `entries` frame (for paging under the limit). */
export function storedEntrySize(e: OutEntry): number {
  return 48 + e.docId.length + e.scopeId.length + e.keyId.length + SIG_BYTES + e.body.length;
}

/** An upper bound of one scope's encoded size inside a `scopes` frame (for paging). */
export function scopeInfoSize(s: ScopeInfo): number {
  return 24 + s.scopeId.length + 9 * s.members.length;
}
