import type { ChunkClientFrame, ChunkServerFrame } from '../../../shared/sync/chunk-frames';
import type { Connection } from './connection';
import type { DataSaver } from './traffic';

type Listener = {
  frame(frame: ChunkServerFrame): void;
  /** A welcomed connection (or the data saver let go): a good moment to move files. */
  ready(): void;
  dropped(): void;
};

/**
 * The attachment path over the sync client's own connection: the same socket, authentication,
 * backoff and traffic meter as the notes, so a device keeps one connection to the relay and the
 * month's data counts attachments too. The attachment sync listens here.
 */
export class ChunkLink {
  private readonly listeners = new Set<Listener>();
  private nextId = 1;

  constructor(
    private readonly connection: Connection,
    private readonly saver: DataSaver,
  ) {}

  isReady(): boolean {
    return this.connection.ready() !== undefined;
  }

  /** Large transfers wait now (data saver on, connection metered, nothing allowed). */
  saverActive(): boolean {
    return this.saver.active();
  }

  requestId(): number {
    return this.nextId++;
  }

  send(frame: ChunkClientFrame): boolean {
    return this.connection.sendChunk(frame);
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  received(frame: ChunkServerFrame): void {
    for (const l of this.listeners) l.frame(frame);
  }

  welcomed(): void {
    for (const l of this.listeners) l.ready();
  }

  dropped(): void {
    for (const l of this.listeners) l.dropped();
  }
}
