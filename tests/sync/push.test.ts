import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AckStatus, ErrorCode, type ClientFrame, type OutEntry } from '../../shared/sync';
import { initSodium, randomBytes } from '../../electron/core/crypto';
import type { SqliteDatabase } from '../../electron/core/store';
import { AuthorSequences } from '../../electron/core/sync/author-sequences';
import type { SyncProblem } from '../../electron/core/sync/client-types';
import { openPayload } from '../../electron/core/sync/envelope';
import { verifyEntry } from '../../electron/core/sync/identity';
import type { LocalSyncState } from '../../electron/core/sync/local-state';
import { Push } from '../../electron/core/sync/push';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';
import { ManualTimers } from './support/manual-timers';
import { oneCaseKey, syncNotebook } from './support/notebook';

const teamId = new Uint8Array(16).fill(4);
let me: AccountSecrets;
beforeAll(async () => {
  await initSodium();
  me = generateSecrets();
});

describe('pushing the outbox', () => {
  let notebook: ReturnType<typeof syncNotebook>;
  let db: SqliteDatabase;
  let local: LocalSyncState;
  let keys: ReturnType<typeof oneCaseKey>;
  let frames: OutEntry[][];
  let problems: SyncProblem[];
  let escrowed: string[];
  let timers: ManualTimers;
  let push: Push;

  beforeEach(() => {
    notebook = syncNotebook();
    ({ db, local } = notebook);
    keys = oneCaseKey();
    frames = [];
    problems = [];
    escrowed = [];
    timers = new ManualTimers();
    push = new Push(
      {
        db,
        local,
        keys,
        teamId,
        signKey: me.signKeyPair.privateKey,
        timers,
        sequences: new AuthorSequences(db),
        send: (frame: ClientFrame) => {
          if (frame.t === 'push') frames.push(frame.entries);
        },
        frameBytes: 2000,
      },
      {
        pad: false,
        onProblem: (p) => problems.push(p),
        onKeyEscrowed: (scopeId, keyId) => escrowed.push(`${scopeId}/${keyId}`),
      },
    );
  });
  afterEach(() => notebook.close());

  it('sends each batch sealed, signed and numbered', () => {
    local.enqueueUpdate('doc-a', new Uint8Array([1, 2, 3]));
    expect(push.pushOutbox()).toBe(1);
    const entry = frames[0]?.[0] as OutEntry;
    expect(entry).toMatchObject({ docId: 'doc-a', scopeId: 'case-1', keyId: 'k1' });
    expect(verifyEntry(teamId, entry, me.signKeyPair.publicKey)).toBe(true);
    expect(openPayload(entry.body, entry, keys.key)).toEqual({
      data: new Uint8Array([1, 2, 3]),
      sequence: { seq: 1 },
    });
  });

  it('batches up to the frame size', () => {
    for (const doc of ['doc-a', 'doc-b', 'doc-c']) local.enqueueUpdate(doc, randomBytes(600));
    expect(push.pushOutbox()).toBe(3);
    expect(frames.map((f) => f.map((e) => e.docId))).toEqual([['doc-a', 'doc-b'], ['doc-c']]);
  });

  it('marks a batch too large for any frame refused, reports it, and goes on', () => {
    local.enqueueUpdate('doc-a', randomBytes(3000));
    local.enqueueUpdate('doc-b', randomBytes(100));
    expect(push.pushOutbox()).toBe(1);
    expect(frames.flat().map((e) => e.docId)).toEqual(['doc-b']);
    expect(problems).toEqual([{ docId: 'doc-a', seq: 0, reason: 'too large to send' }]);
    expect(local.refusedCount()).toBe(1);
  });

  it('does not send a batch again while it is in flight', () => {
    local.enqueueUpdate('doc-a', randomBytes(10));
    push.pushOutbox();
    expect(push.pushOutbox()).toBe(0);
    expect(frames).toHaveLength(1);
    expect(push.inflight.size).toBe(1);
  });

  it('holds back a document without a case key, and says nothing can be sent', () => {
    local.enqueueUpdate('notes-without-key', randomBytes(10));
    expect(push.pushOutbox()).toBe(0);
    expect(frames).toEqual([]);
    expect(push.nothingSendable()).toBe(true);
    local.enqueueUpdate('doc-a', randomBytes(10));
    expect(push.pushOutbox()).toBe(1);
  });

  it('removes acknowledged rows from the outbox', () => {
    local.enqueueUpdate('doc-a', randomBytes(10));
    push.pushOutbox();
    const updateId = frames[0]?.[0]?.updateId as Uint8Array;
    push.onAck([{ updateId, seq: 12, status: AckStatus.Stored, code: 0 }], 1);
    expect(local.pendingCount()).toBe(0);
    expect(push.inflight.size).toBe(0);
  });

  it('keeps refused rows, and says why when a person can act on it', () => {
    local.enqueueUpdate('doc-a', randomBytes(10));
    push.pushOutbox();
    const updateId = frames[0]?.[0]?.updateId as Uint8Array;
    push.onAck([{ updateId, seq: 0, status: AckStatus.Refused, code: ErrorCode.QuotaExceeded }], 1);
    expect(local.refusedCount()).toBe(1);
    expect(problems).toEqual([
      {
        docId: 'doc-a',
        seq: 0,
        reason: "the team's storage on the relay is full",
        code: ErrorCode.QuotaExceeded,
      },
    ]);
  });

  it('reports a key sealed to this device as escrowed once the relay stored it', () => {
    local.enqueueKey('case-1', 'k1', 1, randomBytes(80));
    push.pushOutbox();
    const updateId = frames[0]?.[0]?.updateId as Uint8Array;
    push.onAck([{ updateId, seq: 3, status: AckStatus.Duplicate, code: 0 }], 1);
    expect(escrowed).toEqual(['case-1/k1']);
  });

  it('sends again from the start on a new connection', () => {
    local.enqueueUpdate('doc-a', randomBytes(10));
    push.pushOutbox();
    push.reset();
    expect(push.pushOutbox()).toBe(1);
    expect(frames[1]?.[0]?.updateId).toEqual(frames[0]?.[0]?.updateId);
  });

  it('opens one batch window at a time', () => {
    let pushes = 0;
    push.schedule(() => pushes++);
    push.schedule(() => pushes++);
    expect(timers.waiting()).toEqual([1000]);
    timers.advance(1000);
    expect(pushes).toBe(1);
    push.schedule(() => pushes++);
    push.cancelWindow();
    timers.advance(1000);
    expect(pushes).toBe(1);
  });
});
