import { beforeAll, describe, expect, it } from 'vitest';
import { EntryKind, type EntryHeader, type StoredEntry } from '../../shared/sync';
import { initSodium, randomBytes, randomKey } from '../../electron/core/crypto';
import { decideEntry, type EntryJudge } from '../../electron/core/sync/apply-entry';
import type { TrustedMember } from '../../electron/core/sync/client-types';
import { sealPayload } from '../../electron/core/sync/envelope';
import { newId, sealKeyEnvelope, signEntry } from '../../electron/core/sync/identity';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';

const teamId = new Uint8Array(16).fill(7);
const caseKey: { keyId: string; key: Uint8Array } = { keyId: 'k1', key: new Uint8Array(32) };
let me: AccountSecrets;
let alice: AccountSecrets;

beforeAll(async () => {
  await initSodium();
  me = generateSecrets();
  alice = generateSecrets();
  caseKey.key = randomKey();
});

/** Alice (member 2) writes to document `doc` of scope `case-1`; this device is member 1. */
function judge(
  changes: Partial<EntryJudge> = {},
  aliceAs: Partial<TrustedMember> = {},
): EntryJudge {
  const members = new Map<number, TrustedMember>([
    [1, { signPk: me.signKeyPair.publicKey, boxPk: me.boxKeyPair.publicKey, removed: false }],
    [
      2,
      {
        signPk: alice.signKeyPair.publicKey,
        boxPk: alice.boxKeyPair.publicKey,
        removed: false,
        ...aliceAs,
      },
    ],
  ]);
  return {
    teamId,
    trusted: { member: (n) => members.get(n) },
    keys: {
      currentKey: () => caseKey,
      keyById: (docId, keyId, scopeId) =>
        docId === 'doc' && keyId === caseKey.keyId && scopeId === 'case-1'
          ? caseKey.key
          : undefined,
      scopeOf: (docId) => (docId === 'doc' ? 'case-1' : undefined),
    },
    boxKeyPair: me.boxKeyPair,
    me: 1,
    ...changes,
  };
}

function entry(
  header: Partial<EntryHeader> & { body?: Uint8Array } = {},
  seq = 10,
  signer: AccountSecrets = alice,
): StoredEntry {
  const full: EntryHeader = {
    kind: EntryKind.Update,
    docId: 'doc',
    scopeId: 'case-1',
    updateId: newId(),
    keyId: caseKey.keyId,
    aux: 0,
    ...header,
  };
  const body =
    header.body ?? sealPayload(new Uint8Array([1, 2, 3]), full, caseKey.key, true, { seq: 4 });
  const sig = signEntry(teamId, full, body, signer.signKeyPair.privateKey);
  return { ...full, body, sig, seq, author: 2 };
}

describe('deciding what to do with an entry from the relay', () => {
  it("applies a member's update, with the data and the author's number it carries", () => {
    const decision = decideEntry(entry(), judge());
    expect(decision).toEqual({
      kind: 'apply',
      data: new Uint8Array([1, 2, 3]),
      sequence: { seq: 4 },
      snapshot: false,
    });
  });

  it('says a snapshot is one', () => {
    const header = { kind: EntryKind.Snapshot, aux: 9 };
    const body = sealPayload(
      new Uint8Array([5]),
      { docId: 'doc', keyId: 'k1', ...header },
      caseKey.key,
    );
    expect(decideEntry(entry({ ...header, body }), judge())).toMatchObject({
      kind: 'apply',
      snapshot: true,
    });
  });

  it('refuses an author not in the roster', () => {
    const stranger = { ...entry(), author: 5 };
    expect(decideEntry(stranger, judge())).toEqual({
      kind: 'refuse',
      reason: 'author 5 is not in the verified roster',
    });
  });

  it('refuses an entry of a removed member numbered after the cutoff, not one before it', () => {
    const removed = { removed: true, removedAfterSeq: 10 };
    expect(decideEntry(entry({}, 11), judge({}, removed))).toEqual({
      kind: 'refuse',
      reason: 'written by member 2 after their removal',
    });
    expect(decideEntry(entry({}, 10), judge({}, removed)).kind).toBe('apply');
  });

  it('refuses a bad signature', () => {
    expect(decideEntry(entry({}, 10, me), judge())).toEqual({
      kind: 'refuse',
      reason: 'the signature does not match the author',
    });
    const tampered = entry();
    tampered.body = new Uint8Array(tampered.body);
    tampered.body[0] = (tampered.body[0] ?? 0) ^ 1;
    expect(decideEntry(tampered, judge()).kind).toBe('refuse');
  });

  it('refuses a scope mismatch: an entry naming another scope than its document belongs to', () => {
    expect(decideEntry(entry({ scopeId: 'case-2' }), judge())).toEqual({
      kind: 'refuse',
      reason: 'the entry names another scope than the document belongs to',
    });
  });

  it('refuses a body that does not decrypt under the key it names', () => {
    const body = sealPayload(
      new Uint8Array([1]),
      { docId: 'doc', kind: EntryKind.Update, keyId: 'k1' },
      randomKey(),
    );
    expect(decideEntry(entry({ body }), judge())).toMatchObject({ kind: 'refuse' });
  });

  it('quarantines an entry whose key is missing', () => {
    expect(decideEntry(entry({ keyId: 'k2' }), judge())).toEqual({
      kind: 'quarantine',
      reason: 'no key k2 for this document',
    });
  });

  it('ignores an entry of a scope erased on this device, after checking who wrote it', () => {
    const erased = judge({ isErased: (scopeId) => scopeId === 'case-1' });
    expect(decideEntry(entry({ keyId: 'k2' }), erased)).toEqual({ kind: 'ignore' });
    expect(decideEntry({ ...entry(), author: 5 }, erased).kind).toBe('refuse');
  });

  describe('a key envelope', () => {
    const sealed = (to: AccountSecrets, generation = 3): Uint8Array =>
      sealKeyEnvelope(
        { scopeId: 'case-1', keyId: 'k7', key: new Uint8Array(32).fill(9), generation },
        to.boxKeyPair.publicKey,
      );
    const keyEntry = (body: Uint8Array, aux = 1): StoredEntry =>
      entry({ kind: EntryKind.Key, docId: 'case-1', keyId: 'k7', aux, body });

    it('opens a key sealed to this device', () => {
      expect(decideEntry(keyEntry(sealed(me)), judge())).toEqual({
        kind: 'key',
        key: { scopeId: 'case-1', keyId: 'k7', key: new Uint8Array(32).fill(9), generation: 3 },
      });
    });

    it('ignores a key sealed to another member', () => {
      expect(decideEntry(keyEntry(sealed(alice), 2), judge())).toEqual({ kind: 'ignore' });
    });

    it('refuses a key handed out by a removed member, even before their cutoff', () => {
      const removed = { removed: true, removedAfterSeq: 100 };
      expect(decideEntry(keyEntry(sealed(me)), judge({}, removed))).toEqual({
        kind: 'refuse',
        reason: 'a key from removed member 2',
      });
    });

    it('refuses an envelope this device cannot open', () => {
      expect(decideEntry(keyEntry(randomBytes(80)), judge())).toEqual({
        kind: 'refuse',
        reason: 'the key envelope could not be opened',
      });
    });
  });
});
