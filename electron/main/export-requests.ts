import type { ExportedFile } from './save-export';

/** How long main waits for the core to hand over a file before giving up on it. */
const ANSWER_MS = 15_000;

/**
 * Main asks the core process for a file made for export and waits for its answer, matched by a
 * number; an answer that never comes (the core restarted) gives nothing after a while.
 */
export class ExportRequests {
  private next = 0;
  private readonly waiting = new Map<number, (file: ExportedFile | undefined) => void>();

  ask(ticket: string, post: (message: unknown) => void): Promise<ExportedFile | undefined> {
    const replyTo = ++this.next;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(replyTo, undefined), ANSWER_MS);
      timer.unref?.();
      this.waiting.set(replyTo, (file) => {
        clearTimeout(timer);
        resolve(file);
      });
      post({ type: 'take-export', ticket, replyTo });
    });
  }

  /** Whether the message was an answer to one of ours (then it is consumed here). */
  answer(message: unknown): boolean {
    const m = message as { type?: unknown; replyTo?: unknown; file?: unknown } | null;
    if (m?.type !== 'export' || typeof m.replyTo !== 'number') return false;
    const file = m.file as { fileName?: unknown; bytes?: unknown } | null | undefined;
    const valid =
      file && typeof file.fileName === 'string' && file.bytes instanceof Uint8Array
        ? { fileName: file.fileName, bytes: file.bytes }
        : undefined;
    this.settle(m.replyTo, valid);
    return true;
  }

  private settle(replyTo: number, file: ExportedFile | undefined): void {
    const resolve = this.waiting.get(replyTo);
    if (!resolve) return;
    this.waiting.delete(replyTo);
    resolve(file);
  }
}
