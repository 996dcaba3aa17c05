import {
  AttachmentStore,
  AttachmentSync,
  ChunkQueue,
  type AttachmentKeys,
} from '../../../electron/core/attachments';
import type { CaseKeys, Device } from '../../sync/support/harness';

/** A harness device's case keys, as attachment storage asks for them. */
export function caseAttachmentKeys(keys: CaseKeys): AttachmentKeys {
  return {
    writeKey(scopeId) {
      const keyId = keys.current.get(scopeId);
      const key = keyId ? keys.keys.get(scopeId)?.get(keyId) : undefined;
      if (!keyId || !key) throw new Error(`no key for scope ${scopeId}`);
      return { keyId, key };
    },
    readKey: (scopeId, keyId) => keys.keys.get(scopeId)?.get(keyId),
  };
}

/** The attachment storage and sync of one harness device, on its own sync client. */
export function attachmentsOf(device: Device): {
  files: AttachmentStore;
  queue: ChunkQueue;
  sync: AttachmentSync;
} {
  const keys = caseAttachmentKeys(device.keys);
  const files = new AttachmentStore(device.store.database, keys);
  const queue = new ChunkQueue(device.store.database, keys);
  const sync = new AttachmentSync(queue, device.client.chunkLink);
  return { files, queue, sync };
}
