import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EntryKind, type EntryHeader, type StoredEntry } from '../../shared/sync';
import { initSodium, randomKey } from '../../electron/core/crypto';
import { migrate, openDatabase, type SqliteDatabase } from '../../electron/core/store';
import { AuthorSequences } from '../../electron/core/sync/author-sequences';
import type { SyncProblem } from '../../electron/core/sync/client-types';
import { sealPayload } from '../../electron/core/sync/envelope';
import { HistoryWatch } from '../../electron/core/sync/history-check';
import { newId, signEntry } from '../../electron/core/sync/identity';
import { LocalSyncState } from '../../electron/core/sync/local-state';
import { EntryReceiver } from '../../electron/core/sync/receive';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';
import { tempDir } from './support/harness';

const teamId = new Uint8Array(16).fill(3);
let alice: AccountSecrets;
let key: Uint8Array;

beforeAll(async () => {
  await initSodium();
  alice = generateSecrets();
  key = randomKey();
});

function entry(kind = EntryKind.Update, seq = 1): StoredEntry {
  const header: EntryHeader = {
    kind,
    docId: 'doc',
    scopeId: 'case-1',
    updateId: newId(),
    keyId: 'k1',
    aux: kind === EntryKind.Snapshot ? 5 : 0,
  };
  const body = sealPayload(new Uint8Array([seq]), header, key);
  return {
    ...header,
    body,
    sig: signEntry(teamId, header, body, alice.signKeyPair.privateKey),
    seq,
    author: 2,
  };
}

describe('receiving entries: applying, quarantining and retrying them', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;
  let local: LocalSyncState;
  let haveKey: boolean;
  let sunk: Array<{ docId: string; data: number[]; snapshot: boolean }>;
  let problems: SyncProblem[];
  let snapshotsOk: number[];
  let receiver: EntryReceiver;

  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
    migrate(db);
    const localKey = randomKey();
    local = new LocalSyncState(db, {
      writeKey: () => ({ keyId: 'l', key: localKey }),
      readKey: () => localKey,
    });
    haveKey = false;
    sunk = [];
    problems = [];
    snapshotsOk = [];
    const member = {
      signPk: alice.signKeyPair.publicKey,
      boxPk: alice.boxKeyPair.publicKey,
      removed: false,
    };
    receiver = new EntryReceiver(
      {
        db,
        local,
        history: new HistoryWatch(new AuthorSequences(db), undefined),
        judge: () => ({
          teamId,
          trusted: { member: (n) => (n === 2 ? member : undefined) },
          keys: {
            currentKey: () => undefined,
            keyById: () => (haveKey ? key : undefined),
            scopeOf: () => 'case-1',
          },
          boxKeyPair: alice.boxKeyPair,
          me: 1,
        }),
        snapshotApplied: (_docId, seq) => snapshotsOk.push(seq),
        keyArrived: () => undefined,
      },
      {
        sink: (docId, data, origin) =>
          sunk.push({ docId, data: [...data], snapshot: origin.snapshot }),
        onProblem: (p) => problems.push(p),
      },
    );
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('hands an entry it can read to the sink', () => {
    haveKey = true;
    expect(receiver.apply(entry(), true)).toBe(true);
    expect(sunk).toEqual([{ docId: 'doc', data: [1], snapshot: false }]);
    expect(local.quarantined()).toEqual([]);
  });

  it("tells the relay when another member's snapshot was applied", () => {
    haveKey = true;
    receiver.apply(entry(EntryKind.Snapshot, 7), true);
    expect(snapshotsOk).toEqual([7]);
  });

  it('quarantines an entry it cannot read yet, with the reason, and reports it', () => {
    expect(receiver.apply(entry(), true)).toBe(false);
    expect(local.quarantined()).toMatchObject([
      { seq: 1, docId: 'doc', reason: 'no key k1 for this document' },
    ]);
    expect(problems).toEqual([{ docId: 'doc', seq: 1, reason: 'no key k1 for this document' }]);
  });

  it('keeps a refused entry in quarantine too', () => {
    const forged = { ...entry(), author: 9 };
    receiver.apply(forged, true);
    expect(local.quarantined()).toMatchObject([
      { reason: 'author 9 is not in the verified roster' },
    ]);
  });

  it('releases quarantined entries once their key arrives, and keeps the rest quietly', () => {
    receiver.apply(entry(EntryKind.Update, 1), true);
    receiver.apply(entry(EntryKind.Update, 2), true);
    expect(receiver.retryQuarantine()).toBe(0);
    expect(problems).toHaveLength(2);
    expect(local.quarantined()).toHaveLength(2);
    haveKey = true;
    expect(receiver.retryQuarantine()).toBe(2);
    expect(local.quarantined()).toEqual([]);
    expect(sunk.map((s) => s.data)).toEqual([[1], [2]]);
  });
});
