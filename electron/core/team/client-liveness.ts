import { CoreError } from '../errors';
import type { SyncClient } from '../sync';

/** Resolves once the client has a live session with the relay (an invite needs one). */
export function connected(client: SyncClient, timeoutMs: number): Promise<void> {
  const live = (): boolean => isLive(client);
  if (live()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new CoreError('sync_failed', 'the sync server cannot be reached right now'));
    }, timeoutMs);
    const stop = client.onStatus(() => {
      if (!live()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export function isLive(client: SyncClient): boolean {
  return ['up-to-date', 'syncing'].includes(client.status().state.kind);
}
