import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../api/base64';

/** Marks updates that came from the core, so they are not sent back to it. */
export const FROM_CORE = Symbol('from-core');

export type SaveStatus = 'saved' | 'saving' | 'failed';

/** How the renderer's edits reach the core: `documents.update` in practice. */
export type SendUpdate = (documentId: string, update: string) => Promise<unknown>;

const BATCH_MS = 300;
const RETRY_MS = 2000;

/**
 * The renderer's own copy of one open document (ARCHITECTURE.md, "Documents (Yjs)"). Local edits
 * are collected and merged with Y.mergeUpdates, then sent every ~300 ms rather than per keystroke
 * (about 20–27 bytes of update per typed character otherwise). One send is in flight at a time;
 * a failed send keeps its bytes and is retried, so nothing typed is dropped while the core is
 * busy or briefly unreachable. Yjs updates are idempotent, so a retry that did arrive is harmless.
 */
export class DocumentSync {
  readonly doc = new Y.Doc();
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private failed = false;
  private closed = false;
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(
    readonly documentId: string,
    state: string,
    private readonly send: SendUpdate,
  ) {
    this.receive(state);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_CORE) return;
      this.pending.push(update);
      this.schedule(BATCH_MS);
      this.emit();
    });
  }

  /** Merges the core's state (a whole document or a delta) into this copy. */
  receive(state: string): void {
    if (state) Y.applyUpdate(this.doc, fromBase64(state), FROM_CORE);
  }

  get status(): SaveStatus {
    if (this.failed) return 'failed';
    return this.pending.length > 0 || this.inFlight ? 'saving' : 'saved';
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is waiting now (blur, unmount, page unload). The frame leaves synchronously. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight || this.pending.length === 0) return;
    const merged = Y.mergeUpdates(this.pending);
    this.pending = [];
    this.inFlight = true;
    this.emit();
    this.send(this.documentId, toBase64(merged)).then(
      () => {
        this.inFlight = false;
        this.failed = false;
        if (this.pending.length > 0) this.flush();
        else this.emit();
      },
      () => {
        this.inFlight = false;
        this.failed = true;
        this.pending.unshift(merged);
        // After unmount nobody sees the status; a locked vault would refuse forever anyway.
        if (!this.closed) this.schedule(RETRY_MS);
        this.emit();
      },
    );
  }

  /** While open, a failed send is retried; the screen opens it on mount. */
  open(): void {
    this.closed = false;
    if (this.pending.length > 0) this.schedule(RETRY_MS);
  }

  /** Sends what is left and stops retrying (the screen is going away). */
  close(): void {
    this.flush();
    this.closed = true;
  }

  private schedule(ms: number): void {
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), ms);
  }

  private emit(): void {
    const status = this.status;
    for (const listener of this.listeners) listener(status);
  }
}
