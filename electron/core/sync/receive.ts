import { decodeServerFrame, encodeServerFrame, type StoredEntry } from '../../../shared/sync';
import type { SqliteDatabase } from '../store';
import { decideEntry, type EntryJudge } from './apply-entry';
import type { SyncClientOptions } from './client-types';
import type { HistoryWatch } from './history-check';
import type { LocalSyncState } from './local-state';

export interface ReceiverParts {
  db: SqliteDatabase;
  local: LocalSyncState;
  history: HistoryWatch;
  /** What entries are judged by, as of now (this device's member number changes per connection). */
  judge: () => EntryJudge;
  /** Another member's snapshot was applied here: the relay may drop what it covers. */
  snapshotApplied: (docId: string, seq: number) => void;
  /** A key arrived: entries waiting for it may open now (run after the current frame). */
  keyArrived: () => void;
}

/**
 * Carries out what apply-entry.ts decided for each entry: hands updates to the sink, keys to
 * onKey, and keeps whatever could not be applied in quarantine (with its reason) to retry later.
 */
export class EntryReceiver {
  constructor(
    private readonly parts: ReceiverParts,
    private readonly options: Pick<SyncClientOptions, 'sink' | 'onKey' | 'onProblem'>,
  ) {}

  /** Applies one entry; on failure quarantines it if `quarantineOnFailure` (a first arrival). */
  apply(entry: StoredEntry, quarantineOnFailure: boolean): boolean {
    const { local, history } = this.parts;
    const judge = this.parts.judge();
    const decision = decideEntry(entry, judge);
    switch (decision.kind) {
      case 'refuse':
      case 'quarantine': {
        if (quarantineOnFailure) {
          const { reason } = decision;
          const bytes = encodeServerFrame({ t: 'entries', requestId: 0, entries: [entry] });
          local.quarantine(entry.seq, entry.docId, bytes, reason);
          this.options.onProblem?.({ docId: entry.docId, seq: entry.seq, reason });
        }
        return false;
      }
      case 'ignore':
        return true;
      case 'key':
        this.options.onKey?.(decision.key, entry.author);
        // A key that arrives may open entries that were waiting for it.
        queueMicrotask(() => this.parts.keyArrived());
        return true;
      case 'apply':
        this.options.sink(entry.docId, decision.data, {
          author: entry.author,
          snapshot: decision.snapshot,
        });
        history.note(entry, decision.sequence, judge.me, !quarantineOnFailure);
        if (decision.snapshot && entry.author !== judge.me) {
          this.parts.snapshotApplied(entry.docId, entry.seq);
        }
        local.noteEntry(entry.docId, entry.seq, entry.body.length, decision.snapshot);
        return true;
    }
  }

  /** Tries quarantined entries again (e.g. after a key arrived); returns how many now opened. */
  retryQuarantine(): number {
    const { db, local } = this.parts;
    let fixed = 0;
    for (const row of local.quarantined()) {
      const frame = decodeServerFrame(row.entry);
      const entry = frame.t === 'entries' ? frame.entries[0] : undefined;
      if (!entry) continue;
      db.transaction(() => {
        if (this.apply(entry, false)) {
          local.release(row.seq);
          fixed++;
        }
      })();
    }
    return fixed;
  }
}
