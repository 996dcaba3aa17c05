import * as Y from 'yjs';
import {
  AckStatus,
  EntryKind,
  ErrorCode,
  MAX_FRAME_BYTES,
  storedEntrySize,
  type ClientFrame,
  type EntryHeader,
  type OutEntry,
  type ServerFrame,
} from '../../../shared/sync';
import type { SqliteDatabase } from '../store';
import type { AuthorSequences } from './author-sequences';
import type { SyncClientOptions, SyncKeySource } from './client-types';
import { sealPayload } from './envelope';
import { signEntry, toHex } from './identity';
import type { Batch, LocalSyncState } from './local-state';
import type { Timers } from './transport';

/** Room left in a frame for its header and the other entries' framing. */
export const PUSH_FRAME_BYTES = MAX_FRAME_BYTES - 64 * 1024;
const MAX_INFLIGHT = 256;

/** Refusals a person can act on, reported through onProblem (the entry stays, marked refused). */
const REFUSAL_REASONS = new Map<number, string>([
  [ErrorCode.QuotaExceeded, "the team's storage on the relay is full"],
  [ErrorCode.TooManyScopes, 'this member owns as many cases as the relay allows'],
]);

/** What a pushed entry was, kept until the relay acknowledges it. */
export interface InFlight {
  batch?: Batch;
  /** A snapshot of this document (snapshots.ts). */
  snapshotOf?: string;
}

/** Signs an entry as this device (docs/sync-protocol.md, "Entries"). */
export function signedEntry(
  teamId: Uint8Array,
  header: EntryHeader,
  body: Uint8Array,
  signKey: Uint8Array,
): OutEntry {
  return { ...header, sig: signEntry(teamId, header, body, signKey), body };
}

export interface PushParts {
  db: SqliteDatabase;
  local: LocalSyncState;
  keys: SyncKeySource;
  teamId: Uint8Array;
  signKey: Uint8Array;
  timers: Timers;
  /** Numbers this device's updates per document; undefined when numbering is off. */
  sequences: AuthorSequences | undefined;
  /** Sends on the current connection. */
  send: (frame: ClientFrame) => void;
  /** Frame size limit (tests make it small). */
  frameBytes?: number;
}

type PushOptions = Pick<
  SyncClientOptions,
  'pad' | 'batchDelayMs' | 'maxBatchBytes' | 'onProblem' | 'onKeyEscrowed'
>;

/**
 * Pushing the outbox (docs/sync-protocol.md, "Pushing"): rows merged into batches, each sealed
 * under its document's current case key and signed, packed into frames, held in flight until the
 * relay acknowledges or refuses them. Refused rows are kept (marked), never lost.
 */
export class Push {
  /** Entries sent on this connection, by update id, until acknowledged. */
  inflight = new Map<string, InFlight>();
  /** Every outbox row up to this id is in a batch already sent on this connection. */
  private sentUpTo = 0;
  private batchTimer: unknown;
  private readonly frameLimit: number;

  constructor(
    private readonly parts: PushParts,
    private readonly options: PushOptions,
  ) {
    this.frameLimit = parts.frameBytes ?? PUSH_FRAME_BYTES;
  }

  /** A new connection: nothing is in flight on it. */
  reset(): void {
    this.inflight = new Map();
    this.sentUpTo = 0;
  }

  /** Runs `push` at the end of the batch window, unless a window is already open. */
  schedule(push: () => void): void {
    if (this.batchTimer !== undefined) return;
    this.batchTimer = this.parts.timers.setTimeout(() => {
      this.batchTimer = undefined;
      push();
    }, this.options.batchDelayMs ?? 1000);
  }

  /**
   * Closes the batch window. `forget` false (stop()) keeps the handle, as the client always has:
   * a window cleared that way is not opened again until the next flush.
   */
  cancelWindow(forget = true): void {
    this.parts.timers.clearTimeout(this.batchTimer);
    if (forget) this.batchTimer = undefined;
  }

  /** Sends what waits in the outbox; returns how many entries went out. */
  pushOutbox(): number {
    const { local, sequences } = this.parts;
    local.assignBatches(
      this.options.maxBatchBytes ?? 256 * 1024,
      sequences ? (docId) => sequences.next(docId) : undefined,
    );
    let frame: OutEntry[] = [];
    let frameBytes = 0;
    const flushFrame = (): void => {
      if (frame.length === 0) return;
      this.parts.send({ t: 'push', entries: frame });
      frame = [];
      frameBytes = 0;
    };
    let sent = 0;
    let complete = true;
    let maxRow = this.sentUpTo;
    for (const batch of local.batches(this.sentUpTo)) {
      const id = toHex(batch.batchId);
      for (const row of batch.rows) maxRow = Math.max(maxRow, row.id);
      if (this.inflight.has(id)) continue;
      if (this.inflight.size >= MAX_INFLIGHT) {
        complete = false;
        break;
      }
      const entry = this.buildEntry(batch);
      if (!entry) {
        complete = false;
        continue;
      }
      const size = storedEntrySize(entry);
      if (size > this.frameLimit) {
        // Larger than a frame may be (a huge paste): it would close the connection every time.
        // Keep it (marked refused, never lost) and let everything else through.
        local.refused(batch.batchId);
        this.options.onProblem?.({ docId: batch.docId, seq: 0, reason: 'too large to send' });
        complete = false;
        continue;
      }
      if (frameBytes + size > this.frameLimit) flushFrame();
      frame.push(entry);
      frameBytes += size;
      this.inflight.set(id, { batch });
      sent++;
    }
    flushFrame();
    // Rows already sent are not read again on this connection (until it ends or a refusal).
    if (complete) this.sentUpTo = maxRow;
    return sent;
  }

  /** Rows that cannot go out yet (no case key, refused) do not keep the client "syncing". */
  nothingSendable(): boolean {
    return this.parts.local.batches().every((b) => this.buildEntry(b) === undefined);
  }

  /** The relay's answer to pushed entries. `memberNo`: this device's, to recognise escrow. */
  onAck(results: Extract<ServerFrame, { t: 'ack' }>['results'], memberNo: number): void {
    const { local } = this.parts;
    this.parts.db.transaction(() => {
      for (const r of results) {
        const id = toHex(r.updateId);
        const pending = this.inflight.get(id);
        this.inflight.delete(id);
        if (!pending) continue;
        if (pending.snapshotOf) {
          if (r.status !== AckStatus.Refused) local.noteEntry(pending.snapshotOf, r.seq, 0, true);
          continue;
        }
        if (!pending.batch) continue;
        if (r.status === AckStatus.Refused) {
          local.refused(pending.batch.batchId);
          const reason = REFUSAL_REASONS.get(r.code);
          if (reason) {
            const { docId } = pending.batch;
            this.options.onProblem?.({ docId, seq: 0, reason, code: r.code });
          }
        } else {
          local.acknowledged(pending.batch.batchId);
          const size = pending.batch.rows.reduce((n, row) => n + row.blob.length, 0);
          if (pending.batch.kind === 'update') {
            local.noteEntry(pending.batch.docId, r.seq, size, false);
          }
          const key = pending.batch.kind === 'key' ? pending.batch.rows[0] : undefined;
          if (key && key.aux === memberNo) this.options.onKeyEscrowed?.(key.scopeId, key.keyId);
        }
      }
    })();
  }

  /** The wire entry of a batch, under the document's current case key; undefined if not yet. */
  private buildEntry(batch: Batch): OutEntry | undefined {
    const { keys, teamId, signKey } = this.parts;
    if (batch.kind === 'key') {
      const row = batch.rows[0];
      if (!row) return undefined;
      const header: EntryHeader = {
        kind: EntryKind.Key,
        docId: row.scopeId,
        scopeId: row.scopeId,
        updateId: batch.batchId,
        keyId: row.keyId,
        aux: row.aux,
      };
      return signedEntry(teamId, header, row.blob, signKey);
    }
    const scopeId = keys.scopeOf(batch.docId);
    const current = keys.currentKey(batch.docId);
    if (!scopeId || !current) return undefined;
    const updates: Uint8Array[] = [];
    for (const row of batch.rows) {
      const update = this.parts.local.openUpdate(row);
      if (!update) return undefined;
      updates.push(update);
    }
    const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    const header: EntryHeader = {
      kind: EntryKind.Update,
      docId: batch.docId,
      scopeId,
      updateId: batch.batchId,
      keyId: current.keyId,
      aux: 0,
    };
    const sequence = batch.authorSeq !== undefined ? { seq: batch.authorSeq } : undefined;
    const body = sealPayload(merged, header, current.key, this.options.pad ?? true, sequence);
    return signedEntry(teamId, header, body, signKey);
  }
}
