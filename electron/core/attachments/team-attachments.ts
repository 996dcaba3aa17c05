import type { RecordsContext } from '../records/records-context';
import type { ChunkLink } from '../sync/chunk-link';
import { AttachmentSync } from './attachment-sync';
import { CaseAttachments } from './case-attachments';
import { ChunkQueue } from './chunk-queue';
import { keyringAttachmentKeys } from './index';

const CASE_DOC = /^case-(.+)$/;

/**
 * The attachment sync of an enrolled device, on its team sync client's connection: started with
 * the client, told when case documents change (a teammate attached a file: its chunks are queued
 * for download), stopped with the client.
 */
export function startAttachmentSync(
  records: RecordsContext,
  link: ChunkLink,
): { changed(documentIds: string[]): void; kick(): void; stop(): void } {
  const queue = new ChunkQueue(records.store.database, keyringAttachmentKeys(records.keyring));
  const sync = new AttachmentSync(queue, link);
  sync.start();
  return {
    changed(documentIds) {
      let any = false;
      for (const docId of documentIds) {
        const caseId = CASE_DOC.exec(docId)?.[1];
        if (!caseId || !records.store.isOpen) continue;
        try {
          new CaseAttachments(records).reconcile(caseId);
          any = true;
        } catch {
          // A case this device cannot read yet (its key has not arrived): tried again next change.
        }
      }
      if (any) sync.kick();
    },
    /** A file added or allowed here: moved now, not at the next retry. */
    kick: () => sync.kick(),
    stop: () => sync.stop(),
  };
}
