import type { ChunkClientFrame, ChunkServerFrame } from '../../../shared/sync/chunk-frames';
import type { ChunkQueue, QueuedFile } from './chunk-queue';

/** What the attachment sync needs of a connection (the sync client's ChunkLink). */
export interface ChunkTransport {
  isReady(): boolean;
  saverActive(): boolean;
  requestId(): number;
  send(frame: ChunkClientFrame): boolean;
  listen(listener: {
    frame(frame: ChunkServerFrame): void;
    ready(): void;
    dropped(): void;
  }): () => void;
}

export interface TransferStats {
  chunksSent: number;
  chunksFetched: number;
  /** Chunk uploads of a chunk the relay had already acknowledged: the design keeps this 0. */
  resentAfterAck: number;
  /** Chunks the relay served that did not open where they claimed to belong. */
  refusedChunks: number;
}

/** Chunk requests in flight at once: enough to fill a slow link, little to lose on a drop. */
const WINDOW = 2;

/** How often queued files are looked at again while connected. */
const RETRY_MS = 2000;
const IDLE_POLL_MS = 20;

class Dropped extends Error {}

/**
 * Moves attachment chunks to and from the relay, resumably (issue #14, item 1). For each file it
 * first asks which chunks the relay holds (`chunk-have`), takes those as acknowledged, and sends
 * only the rest; an acknowledged chunk is marked in the store in the same step and never sent
 * again, across drops and restarts. Downloads fetch only what this device lacks, and keep a
 * chunk only once it opens under the file's key at its place. Files wait while the data saver
 * holds large transfers back, unless the person allowed that file.
 */
export class AttachmentSync {
  private readonly pending = new Map<number, (f: ChunkServerFrame | Dropped) => void>();
  private running = false;
  private again = false;
  private readonly acked = new Set<string>();
  private unlisten: (() => void) | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  readonly stats: TransferStats = {
    chunksSent: 0,
    chunksFetched: 0,
    resentAfterAck: 0,
    refusedChunks: 0,
  };

  constructor(
    private readonly queue: ChunkQueue,
    private readonly link: ChunkTransport,
    private readonly onChange: () => void = () => undefined,
  ) {}

  start(): void {
    this.unlisten ??= this.link.listen({
      frame: (f) => this.pending.get(f.requestId)?.(f),
      ready: () => this.kick(),
      dropped: () => {
        for (const resolve of this.pending.values()) resolve(new Dropped());
        this.pending.clear();
      },
    });
    // Files added here or announced by a teammate, and files whose chunks were not all on the
    // relay yet, are looked at again every few seconds while connected.
    this.timer ??= setInterval(() => {
      if (this.link.isReady() && this.queue.queued().length > 0) this.kick();
    }, RETRY_MS);
    this.timer.unref?.();
    this.kick();
  }

  stop(): void {
    this.unlisten?.();
    this.unlisten = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Something changed (a file added or allowed, metadata arrived): move what may move. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run().finally(() => {
      this.running = false;
      if (this.again && this.link.isReady()) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves once nothing eligible is left to move (or the connection is down). */
  async idle(timeoutMs = 60_000): Promise<void> {
    // Measured by the timer it sleeps on (as the sync client's waitUntil is), not by reading the
    // time: a test's stopped clock cannot make it wait for ever.
    for (let waited = 0; this.busy(); waited += IDLE_POLL_MS) {
      if (waited > timeoutMs) throw new Error('attachments did not finish moving in time');
      await new Promise((r) => setTimeout(r, IDLE_POLL_MS));
    }
  }

  private busy(): boolean {
    return this.running || (this.link.isReady() && this.eligible().length > 0 && !this.stuck);
  }

  /** The last run could not finish a file (chunks not on the relay yet, or refused). */
  private stuck = false;

  private eligible(): QueuedFile[] {
    const saving = this.link.saverActive();
    return this.queue.queued().filter((f) => f.allowed || !saving);
  }

  private async run(): Promise<void> {
    this.stuck = false;
    this.again = false;
    for (const file of this.eligible()) {
      if (!this.link.isReady()) return;
      try {
        const done = file.state === 'local' ? await this.upload(file) : await this.download(file);
        if (!done) this.stuck = true;
        this.onChange();
      } catch (error) {
        if (error instanceof Dropped) return;
        throw error;
      }
    }
  }

  private ask(frame: ChunkClientFrame): Promise<ChunkServerFrame> {
    return new Promise((resolve, reject) => {
      this.pending.set(frame.requestId, (answer) => {
        this.pending.delete(frame.requestId);
        if (answer instanceof Dropped) reject(answer);
        else resolve(answer);
      });
      if (!this.link.send(frame)) {
        this.pending.delete(frame.requestId);
        reject(new Dropped());
      }
    });
  }

  private async held(file: QueuedFile): Promise<number[] | undefined> {
    const { id, scopeId } = file;
    const list = await this.ask({
      t: 'chunk-have',
      requestId: this.link.requestId(),
      scopeId,
      attachmentId: id,
    });
    return list.t === 'chunk-list' && list.code === 0 ? list.indices : undefined;
  }

  private async upload(file: QueuedFile): Promise<boolean> {
    const onRelay = await this.held(file);
    if (!onRelay) return false;
    const unsent = new Set(this.queue.unsent(file.id));
    const already = onRelay.filter((i) => unsent.has(i));
    // The relay holds these (an acknowledgement lost with a dropped connection): done.
    if (already.length > 0) this.queue.markSent(file.id, already);
    let ok = true;
    await this.windowed(this.queue.unsent(file.id), async (index) => {
      const body = this.queue.sealedChunk(file.id, index);
      if (!body || !ok) return;
      if (this.acked.has(`${file.id}:${index}`)) this.stats.resentAfterAck++;
      this.stats.chunksSent++;
      const answer = await this.ask({
        t: 'chunk-put',
        requestId: this.link.requestId(),
        scopeId: file.scopeId,
        attachmentId: file.id,
        index,
        count: file.chunkCount,
        body,
      });
      if (answer.t === 'chunk-ack' && answer.code === 0) {
        this.acked.add(`${file.id}:${index}`);
        this.queue.markSent(file.id, [index]);
      } else {
        ok = false;
      }
    });
    return ok && this.queue.unsent(file.id).length === 0;
  }

  private async download(file: QueuedFile): Promise<boolean> {
    const onRelay = await this.held(file);
    if (!onRelay) return false;
    const there = new Set(onRelay);
    let ok = true;
    await this.windowed(
      this.queue.missing(file.id).filter((i) => there.has(i)),
      async (index) => {
        if (!ok) return;
        const answer = await this.ask({
          t: 'chunk-get',
          requestId: this.link.requestId(),
          scopeId: file.scopeId,
          attachmentId: file.id,
          index,
        });
        this.stats.chunksFetched++;
        if (answer.t !== 'chunk-data' || answer.code !== 0) {
          ok = false;
        } else if (!this.queue.arrived(file.id, index, answer.body)) {
          this.stats.refusedChunks++;
          ok = false;
        }
      },
    );
    return ok && this.queue.missing(file.id).length === 0;
  }

  /** Runs `step` over `items` with at most WINDOW in flight; a drop rejects the whole. */
  private async windowed(items: number[], step: (item: number) => Promise<void>): Promise<void> {
    let next = 0;
    let failure: unknown;
    const worker = async (): Promise<void> => {
      while (next < items.length && failure === undefined) {
        const item = items[next++] as number;
        try {
          await step(item);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: WINDOW }, worker));
    if (failure !== undefined) throw failure;
  }
}
