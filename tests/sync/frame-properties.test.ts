import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../electron/core/crypto';
import { openPayload, sealPayload } from '../../electron/core/sync/envelope';
import { sodium } from '../../shared/crypto/sodium';
import {
  AckStatus,
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
  EntryKind,
  ErrorCode,
  FrameError,
  type ClientFrame,
  type OutEntry,
  type ServerFrame,
} from '../../shared/sync';
import { signEntry, verifyEntry } from '../../shared/sync/identity';

/*
 * Issue #15, item 6: every frame kind round-trips through the codec, and what a relay or the
 * network could change in transit is refused. fast-check shrinks a failure to its smallest frame.
 */

const bytes = (n: number): fc.Arbitrary<Uint8Array> =>
  fc.uint8Array({ minLength: n, maxLength: n });
const varBytes = (max: number): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength: max });
const uint = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const small = fc.nat({ max: 100_000 });
const opaqueId = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
const keyId = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
const role = fc.constantFrom('supervisor' as const, 'counselor' as const);
const entryKind = fc.constantFrom(EntryKind.Update, EntryKind.Snapshot, EntryKind.Key);
const u8 = fc.nat({ max: 255 });

const outEntry: fc.Arbitrary<OutEntry> = fc.record({
  kind: entryKind,
  docId: opaqueId,
  scopeId: opaqueId,
  updateId: bytes(16),
  keyId,
  aux: uint,
  sig: bytes(64),
  body: varBytes(300),
});

/** One arbitrary per kind: a kind added to the protocol without one fails to type-check here. */
const clientFrames: { [K in ClientFrame['t']]: fc.Arbitrary<Extract<ClientFrame, { t: K }>> } = {
  auth: fc.record({ t: fc.constant('auth'), teamId: bytes(16), signPk: bytes(32), sig: bytes(64) }),
  'create-team': fc.record({
    t: fc.constant('create-team'),
    teamId: bytes(16),
    signPk: bytes(32),
    boxPk: bytes(32),
    sig: bytes(64),
  }),
  join: fc.record({
    t: fc.constant('join'),
    teamId: bytes(16),
    inviteId: bytes(16),
    inviteAuth: bytes(32),
    signPk: bytes(32),
    boxPk: bytes(32),
    joinMac: bytes(32),
    sig: bytes(64),
  }),
  pull: fc.record({
    t: fc.constant('pull'),
    requestId: small,
    cursor: uint,
    scopeId: fc.oneof(fc.constant(''), opaqueId),
    flags: fc.nat({ max: 3 }),
  }),
  push: fc.record({ t: fc.constant('push'), entries: fc.array(outEntry, { maxLength: 4 }) }),
  invite: fc.record({
    t: fc.constant('invite'),
    requestId: small,
    inviteId: bytes(16),
    role,
    authHash: bytes(32),
    expiresAt: uint,
  }),
  'scope-set': fc.record({
    t: fc.constant('scope-set'),
    requestId: small,
    scopeId: opaqueId,
    includeSupervisors: fc.boolean(),
    members: fc.array(small, { maxLength: 8 }),
  }),
  'remove-member': fc.record({
    t: fc.constant('remove-member'),
    requestId: small,
    memberNo: small,
  }),
  'erase-scope': fc.record({ t: fc.constant('erase-scope'), requestId: small, scopeId: opaqueId }),
  ping: fc.record({ t: fc.constant('ping') }),
  'roster-pull': fc.record({ t: fc.constant('roster-pull'), requestId: small, from: small }),
  'roster-append': fc.record({
    t: fc.constant('roster-append'),
    requestId: small,
    index: small,
    event: varBytes(200),
  }),
  'snapshot-ok': fc.record({ t: fc.constant('snapshot-ok'), docId: opaqueId, seq: uint }),
};

const serverFrames: { [K in ServerFrame['t']]: fc.Arbitrary<Extract<ServerFrame, { t: K }>> } = {
  challenge: fc.record({
    t: fc.constant('challenge'),
    version: u8,
    serverId: bytes(16),
    nonce: bytes(32),
  }),
  welcome: fc.record({
    t: fc.constant('welcome'),
    teamId: bytes(16),
    memberNo: small,
    role,
    teamSeq: uint,
  }),
  members: fc.record({
    t: fc.constant('members'),
    members: fc.array(
      fc.record({
        memberNo: small,
        role,
        signPk: bytes(32),
        boxPk: bytes(32),
        inviteId: bytes(16),
        joinMac: bytes(32),
        removed: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  }),
  scopes: fc.record(
    {
      t: fc.constant('scopes'),
      scopes: fc.array(
        fc.record({
          scopeId: opaqueId,
          owner: small,
          includeSupervisors: fc.boolean(),
          members: fc.array(small, { maxLength: 6 }),
        }),
        { maxLength: 4 },
      ),
      more: fc.constant(true),
    },
    { requiredKeys: ['t', 'scopes'] },
  ),
  'pull-info': fc.record({
    t: fc.constant('pull-info'),
    requestId: small,
    count: uint,
    bytes: uint,
  }),
  entries: fc.record({
    t: fc.constant('entries'),
    requestId: small,
    entries: fc.array(
      fc.tuple(outEntry, uint, small).map(([e, seq, author]) => ({ ...e, seq, author })),
      { maxLength: 3 },
    ),
  }),
  synced: fc.record({ t: fc.constant('synced'), requestId: small, cursor: uint }),
  ack: fc.record({
    t: fc.constant('ack'),
    results: fc.array(
      fc.record({
        updateId: bytes(16),
        seq: uint,
        status: fc.constantFrom(AckStatus.Stored, AckStatus.Duplicate, AckStatus.Refused),
        code: u8,
      }),
      { maxLength: 5 },
    ),
  }),
  result: fc.record({ t: fc.constant('result'), requestId: small, code: u8 }),
  error: fc.record(
    {
      t: fc.constant('error'),
      code: fc.constantFrom(
        ...(Object.values(ErrorCode).filter((v) => typeof v === 'number') as ErrorCode[]),
      ),
      reason: fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
      retryAfterMs: small,
    },
    { requiredKeys: ['t', 'code', 'reason'] },
  ),
  pong: fc.record({ t: fc.constant('pong') }),
  roster: fc.record({
    t: fc.constant('roster'),
    from: small,
    total: small,
    events: fc.array(varBytes(120), { maxLength: 4 }),
  }),
};

const anyClientFrame = fc.oneof(...Object.values(clientFrames)) as fc.Arbitrary<ClientFrame>;
const anyServerFrame = fc.oneof(...Object.values(serverFrames)) as fc.Arbitrary<ServerFrame>;

/** The frame a receiver may read from a prefix that ends before an optional trailing field. */
function withoutTrailingField(frame: ServerFrame): ServerFrame | undefined {
  if (frame.t === 'scopes' && frame.more) return { t: 'scopes', scopes: frame.scopes };
  if (frame.t === 'error' && frame.retryAfterMs !== undefined) {
    return { t: 'error', code: frame.code, reason: frame.reason };
  }
  return undefined;
}

function refused(decode: () => unknown): boolean {
  try {
    decode();
    return false;
  } catch (error) {
    if (error instanceof FrameError) return true;
    throw error; // anything else would end the connection's handler unexpectedly
  }
}

describe('frames under generated input', () => {
  beforeAll(initSodium);

  it('round-trips every client frame kind', () => {
    fc.assert(
      fc.property(anyClientFrame, (frame) => {
        expect(decodeClientFrame(encodeClientFrame(frame))).toEqual(frame);
      }),
    );
  });

  it('round-trips every server frame kind', () => {
    fc.assert(
      fc.property(anyServerFrame, (frame) => {
        expect(decodeServerFrame(encodeServerFrame(frame))).toEqual(frame);
      }),
    );
  });

  it('refuses every truncation of a client frame', () => {
    fc.assert(
      fc.property(anyClientFrame, fc.nat(), (frame, cut) => {
        const encoded = encodeClientFrame(frame);
        const prefix = encoded.subarray(0, cut % encoded.length);
        expect(refused(() => decodeClientFrame(prefix))).toBe(true);
      }),
    );
  });

  it('refuses every truncation of a server frame, but for an optional field left off whole', () => {
    fc.assert(
      fc.property(anyServerFrame, fc.nat(), (frame, cut) => {
        const encoded = encodeServerFrame(frame);
        const prefix = encoded.subarray(0, cut % encoded.length);
        const shorter = withoutTrailingField(frame);
        if (shorter && prefix.length === encodeServerFrame(shorter).length) {
          expect(decodeServerFrame(prefix)).toEqual(shorter);
        } else {
          expect(refused(() => decodeServerFrame(prefix))).toBe(true);
        }
      }),
    );
  });

  it('answers any bytes at all with a frame or a FrameError, never another failure', () => {
    fc.assert(
      fc.property(varBytes(400), (junk) => {
        for (const decode of [decodeClientFrame, decodeServerFrame]) {
          try {
            decode(junk);
          } catch (error) {
            expect(error).toBeInstanceOf(FrameError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a signed entry with any byte flipped on the way', () => {
    const author = sodium().crypto_sign_keypair();
    const teamId = new Uint8Array(16).fill(7);
    fc.assert(
      fc.property(outEntry, fc.nat(), fc.integer({ min: 1, max: 255 }), (entry, at, mask) => {
        const signed = { ...entry, sig: signEntry(teamId, entry, entry.body, author.privateKey) };
        const encoded = encodeClientFrame({ t: 'push', entries: [signed] });
        // The entry's own bytes: after the frame type and the entry count.
        const start = 2;
        const flipped = encoded.slice();
        const i = start + (at % (encoded.length - start));
        flipped[i] = (flipped[i] as number) ^ mask;
        let received: OutEntry | undefined;
        try {
          const frame = decodeClientFrame(flipped);
          received = frame.t === 'push' ? frame.entries[0] : undefined;
        } catch (error) {
          expect(error).toBeInstanceOf(FrameError);
          return; // refused by the codec
        }
        if (!received) return;
        const same =
          JSON.stringify({ ...received, sig: [...received.sig], body: [...received.body] }) ===
          JSON.stringify({ ...signed, sig: [...signed.sig], body: [...signed.body] });
        // Either the flip changed nothing the entry means, or the signature no longer holds.
        expect(same || !verifyEntry(teamId, received, author.publicKey)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a sealed payload with any byte flipped or any bytes cut off', () => {
    const key = sodium().randombytes_buf(32);
    const binding = { docId: 'doc-1', kind: EntryKind.Update, keyId: 'k1' };
    fc.assert(
      fc.property(
        varBytes(500),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        (data, at, mask, cut) => {
          const sealed = sealPayload(data, binding, key);
          expect(openPayload(sealed, binding, key).data).toEqual(data);
          const changed = cut ? sealed.subarray(0, at % sealed.length) : sealed.slice();
          if (!cut) changed[at % sealed.length] = (changed[at % sealed.length] as number) ^ mask;
          expect(() => openPayload(changed, binding, key)).toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
