import {
  defaultWebSocketFactory,
  frameBytes,
  type WebSocketFactory,
} from '../../electron/core/sync/transport';
import { decodeClientFrame, decodeServerFrame, type OutEntry } from '../../shared/sync';

/**
 * Counts the sync entries that cross the wire, for the per-author chain estimate (issue #10,
 * "Measured": wire bytes with per-author chains ≤ 1.03× the same protocol without them).
 *
 * Per-author chains are not implemented yet. When they are, every entry will carry two more
 * header fields: the author's own sequence number (unsigned LEB128) and the hash of that author's
 * previous entry. Both are signed, so they travel with the entry every time it crosses the wire:
 * pushed by its author, and once more to every device it is delivered to. This wraps a client's
 * socket factory, decodes each frame as it passes, and adds up what those fields would cost.
 */
export class WireEntries {
  /** Entries pushed (client → relay) and delivered (relay → client) since `reset()`. */
  pushed = 0;
  delivered = 0;
  /** Σ LEB128 length of each counted entry's per-author sequence number, since `reset()`. */
  seqBytes = 0;
  /** Each entry's place in its author's chain, by updateId, so a resend keeps its number. */
  private readonly seqOf = new Map<string, number>();
  private readonly lastSeq = new Map<string, number>();

  readonly factory: WebSocketFactory = (url) => {
    const ws = defaultWebSocketFactory(url);
    let author = '';
    const send = ws.send.bind(ws);
    ws.send = (data: Uint8Array): void => {
      const frame = decodeClientFrame(data);
      if (frame.t === 'auth') author = Buffer.from(frame.signPk).toString('hex');
      if (frame.t === 'push') {
        for (const e of frame.entries) this.count(e, `key:${author}`);
        this.pushed += frame.entries.length;
      }
      send(data);
    };
    ws.on('message', (data) => {
      const frame = decodeServerFrame(frameBytes(data));
      if (frame.t !== 'entries') return;
      for (const e of frame.entries) this.count(e, `member:${e.author}`);
      this.delivered += frame.entries.length;
    });
    return ws;
  };

  reset(): void {
    this.pushed = 0;
    this.delivered = 0;
    this.seqBytes = 0;
  }

  /** What the chain fields would add to the counted entries with a `hashBytes`-byte hash. */
  overhead(hashBytes: number): number {
    return this.seqBytes + (this.pushed + this.delivered) * hashBytes;
  }

  private count(e: OutEntry, author: string): void {
    const id = Buffer.from(e.updateId).toString('hex');
    let seq = this.seqOf.get(id);
    if (seq === undefined) {
      // The first entry of an author is number 1 of its chain.
      seq = (this.lastSeq.get(author) ?? 0) + 1;
      this.lastSeq.set(author, seq);
      this.seqOf.set(id, seq);
    }
    this.seqBytes += leb128Length(seq);
  }
}

/** Bytes of `n` as unsigned LEB128: seven bits a byte. */
export function leb128Length(n: number): number {
  let bytes = 1;
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128)) bytes++;
  return bytes;
}
