import {
  EntryKind,
  storedEntrySize,
  type ClientFrame,
  type EntryHeader,
} from '../../../shared/sync';
import type { AuthorSequences } from './author-sequences';
import type { SyncClientOptions, SyncKeySource } from './client-types';
import { sealPayload } from './envelope';
import { newId, toHex } from './identity';
import type { LocalSyncState } from './local-state';
import { PUSH_FRAME_BYTES, signedEntry, type InFlight } from './push';

export interface SnapshotParts {
  local: LocalSyncState;
  keys: SyncKeySource;
  teamId: Uint8Array;
  signKey: Uint8Array;
  sequences: AuthorSequences;
  /** Entries in flight on this connection (push.ts): a snapshot joins them until acknowledged. */
  inflight: () => Map<string, InFlight>;
  send: (frame: ClientFrame) => void;
  /** Frame size limit (tests make it small). */
  frameBytes?: number;
}

type SnapshotOptions = Pick<SyncClientOptions, 'snapshotOf' | 'snapshotAfter' | 'pad' | 'sequence'>;

/**
 * Snapshots let the server drop a document's old updates. One is written when this device has
 * seen enough entries of a document since the last one, and covers everything up to the cursor
 * (every entry of the document up to there has been applied here). The caller holds them back
 * while the data saver holds large transfers back or history is still being downloaded.
 */
export class Snapshots {
  constructor(
    private readonly parts: SnapshotParts,
    private readonly options: SnapshotOptions,
  ) {}

  /** Whether this client writes snapshots at all (it was given the documents' state). */
  enabled(): boolean {
    return this.options.snapshotOf !== undefined;
  }

  /** Writes the snapshots that are due. `covers`: the cursor; `memberNo`: this device's. */
  write(covers: number, memberNo: number): void {
    const snapshotOf = this.options.snapshotOf;
    if (!snapshotOf) return;
    const { local, keys, sequences } = this.parts;
    const numbered = this.options.sequence !== false;
    const limit = this.parts.frameBytes ?? PUSH_FRAME_BYTES;
    const { entries, bytes } = this.options.snapshotAfter ?? { entries: 256, bytes: 256 * 1024 };
    for (const docId of local.snapshotDue(entries, bytes)) {
      const inflight = this.parts.inflight();
      if ([...inflight.values()].some((p) => p.snapshotOf === docId)) continue;
      const scopeId = keys.scopeOf(docId);
      const current = keys.currentKey(docId);
      // A snapshot says up to which number it holds each author's updates; while one is missing
      // here, writing it would hide the gap from every device that reads the snapshot instead.
      const frontier = numbered ? sequences.frontier(docId, memberNo) : [];
      if (!frontier) continue;
      const state = snapshotOf(docId);
      if (!scopeId || !current || !state || covers === 0) continue;
      const header: EntryHeader = {
        kind: EntryKind.Snapshot,
        docId,
        scopeId,
        updateId: newId(),
        keyId: current.keyId,
        aux: covers,
      };
      const sequence = numbered ? { frontier } : undefined;
      const body = sealPayload(state, header, current.key, this.options.pad ?? true, sequence);
      const entry = signedEntry(this.parts.teamId, header, body, this.parts.signKey);
      if (storedEntrySize(entry) > limit) {
        // Too big for one frame: the relay keeps the updates instead; ask again much later.
        local.noteEntry(docId, 0, 0, true);
        continue;
      }
      inflight.set(toHex(header.updateId), { snapshotOf: docId });
      sequences.cover(docId, frontier);
      // One snapshot a frame: they are rare, and each may be large.
      this.parts.send({ t: 'push', entries: [entry] });
    }
  }
}
