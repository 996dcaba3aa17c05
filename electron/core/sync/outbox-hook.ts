import type * as Y from 'yjs';
import { STORE_ORIGIN } from '../docs';

/**
 * Feeds edits made directly on a cached Y.Doc (DocumentStore.transact) into the outbox. Register
 * it after DocumentStore.open, so the store's own listener has persisted the update first. Updates
 * the store applied itself (STORE_ORIGIN: loads, applyUpdate from the renderer or from sync) are
 * skipped: renderer updates must be enqueued by the caller of applyUpdate, sync updates never.
 */
export function trackLocalEdits(
  doc: Y.Doc,
  docId: string,
  outbox: { enqueue(docId: string, update: Uint8Array): void },
  ignoreOrigins: readonly unknown[] = [],
): () => void {
  const listener = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORE_ORIGIN || ignoreOrigins.includes(origin)) return;
    outbox.enqueue(docId, update);
  };
  doc.on('update', listener);
  return () => doc.off('update', listener);
}
