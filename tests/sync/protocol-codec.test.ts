import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
  EntryKind,
  FrameError,
  MAX_FRAME_BYTES,
  type ClientFrame,
  type ServerFrame,
} from '../../shared/sync';
import { initSodium, randomKey } from '../../electron/core/crypto';
import {
  decodePayload,
  encodePayload,
  openPayload,
  paddedLength,
  sealPayload,
} from '../../electron/core/sync/envelope';
import { decodeInvite, encodeInvite } from '../../electron/core/sync/identity';
import type { InviteCodeError } from '../../shared/sync/invite-code';

const id = (n: number): Uint8Array => new Uint8Array(16).fill(n);

describe('the sync protocol codec', () => {
  beforeAll(initSodium);

  it('round-trips every client frame', () => {
    const frames: ClientFrame[] = [
      {
        t: 'auth',
        teamId: id(1),
        signPk: new Uint8Array(32).fill(2),
        sig: new Uint8Array(64).fill(3),
      },
      { t: 'pull', requestId: 7, cursor: 2 ** 40, scopeId: '', flags: 3 },
      {
        t: 'push',
        entries: [
          {
            kind: EntryKind.Snapshot,
            docId: 'doc-1',
            scopeId: 'scope_A',
            updateId: id(4),
            keyId: 'k1',
            aux: 99,
            sig: new Uint8Array(64).fill(5),
            body: new Uint8Array([1, 2, 3]),
          },
        ],
      },
      { t: 'scope-set', requestId: 1, scopeId: 's', includeSupervisors: false, members: [2, 3] },
      { t: 'ping' },
    ];
    for (const f of frames) expect(decodeClientFrame(encodeClientFrame(f))).toEqual(f);
  });

  it('round-trips server frames', () => {
    const frames: ServerFrame[] = [
      { t: 'synced', requestId: 3, cursor: 12345 },
      { t: 'error', code: 6, reason: 'not a member' },
      { t: 'error', code: 18, reason: 'too many joins; try again in 60 s', retryAfterMs: 59_001 },
      { t: 'scopes', scopes: [{ scopeId: 'x', owner: 2, includeSupervisors: true, members: [] }] },
    ];
    for (const f of frames) expect(decodeServerFrame(encodeServerFrame(f))).toEqual(f);
  });

  it('refuses truncated, unknown, oversized and malformed frames with a reason', () => {
    const push = encodeClientFrame({
      t: 'pull',
      requestId: 1,
      cursor: 5,
      scopeId: 'abc',
      flags: 0,
    });
    const reason = (bytes: Uint8Array): string => {
      try {
        decodeClientFrame(bytes);
        return 'accepted';
      } catch (error) {
        return error instanceof FrameError ? error.reason : 'other';
      }
    };
    expect(reason(push.subarray(0, push.length - 2))).toBe('truncated');
    expect(reason(new Uint8Array(0))).toBe('truncated');
    expect(reason(Uint8Array.from([200]))).toBe('unknown-type');
    expect(reason(new Uint8Array(MAX_FRAME_BYTES + 1))).toBe('too-large');
    expect(reason(Uint8Array.from([...push, 0]))).toBe('trailing-bytes');
    const badId = encodeClientFrame({
      t: 'pull',
      requestId: 1,
      cursor: 5,
      scopeId: 'a/b',
      flags: 0,
    });
    expect(reason(badId)).toBe('malformed');
  });

  it('pads payloads to buckets and compresses what pays, losslessly', () => {
    expect(paddedLength(1)).toBe(16);
    expect(paddedLength(300)).toBe(320);
    expect(paddedLength(5000)).toBe(5120);
    const small = new Uint8Array([1, 2, 3]);
    expect(decodePayload(encodePayload(small)).data).toEqual(small);
    const text = new TextEncoder().encode('catatan '.repeat(200));
    const packed = encodePayload(text);
    expect(packed.length).toBeLessThan(text.length / 4);
    expect(decodePayload(packed).data).toEqual(text);
  });

  it("carries an update's author number and a snapshot's frontier inside the sealed payload", () => {
    const key = randomKey();
    const text = new TextEncoder().encode('catatan '.repeat(50));
    const update = { docId: 'doc-a', kind: EntryKind.Update, keyId: 'k1' };
    expect(openPayload(sealPayload(text, update, key, true, { seq: 300 }), update, key)).toEqual({
      data: text,
      sequence: { seq: 300 },
    });
    const snapshot = { ...update, kind: EntryKind.Snapshot };
    const frontier: Array<[number, number]> = [
      [1, 40],
      [7, 2],
    ];
    const opened = openPayload(sealPayload(text, snapshot, key, true, { frontier }), snapshot, key);
    expect(opened.sequence).toEqual({ frontier });
    expect(opened.data).toEqual(text);
    // Written before numbers existed: read as unnumbered.
    expect(openPayload(sealPayload(text, update, key), update, key).sequence).toBeUndefined();
  });

  it('refuses an update numbered 0', () => {
    const plain = new Uint8Array([0x80, 0, 1, 9]);
    expect(() => decodePayload(plain)).toThrow(/sequence number 0/);
  });

  it('binds a sealed payload to its document, kind and key id', () => {
    const key = randomKey();
    const binding = { docId: 'doc-a', kind: EntryKind.Update, keyId: 'k1' };
    const body = sealPayload(new Uint8Array([9, 9]), binding, key);
    expect(openPayload(body, binding, key).data).toEqual(new Uint8Array([9, 9]));
    expect(() => openPayload(body, { ...binding, docId: 'doc-b' }, key)).toThrow();
    expect(() => openPayload(body, { ...binding, kind: EntryKind.Snapshot }, key)).toThrow();
    expect(() => openPayload(body, { ...binding, keyId: 'k2' }, key)).toThrow();
  });

  const sampleInvite = () => ({
    serverUrl: 'wss://relay.example.org',
    teamId: id(1),
    inviteId: id(2),
    secret: new Uint8Array(32).fill(3),
    inviterSignPk: new Uint8Array(32).fill(4),
  });

  it('round-trips invite codes and refuses foreign strings', () => {
    const invite = sampleInvite();
    const code = encodeInvite(invite);
    expect(code).toMatch(/^PDMP2-[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    expect(decodeInvite(code)).toEqual(invite);
    expect(() => decodeInvite('hello')).toThrow();
  });

  it('reads an invite code as a person types it: any case, O for 0, I and L for 1, spaces', () => {
    const invite = sampleInvite();
    const code = encodeInvite(invite);
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/-/g, ' ');
    expect(decodeInvite(`PDMP2-${typed.slice(6)}`)).toEqual(invite);
  });

  it('says a truncated or mistyped invite code is incomplete or mistyped, not a frame error', () => {
    const code = encodeInvite(sampleInvite());
    const problem = (text: string): string => {
      try {
        decodeInvite(text);
      } catch (error) {
        return (error as InviteCodeError).problem;
      }
      return 'accepted';
    };
    expect(problem(code.slice(0, 60))).toBe('incomplete');
    expect(problem(code.slice(0, -3))).toBe('mistyped');
    const swapped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    expect(problem(swapped)).toBe('mistyped');
    expect(problem('https://example.org')).toBe('not-invite');
    expect(problem('PDMP2-UUUUU')).toBe('mistyped');
  });
});
