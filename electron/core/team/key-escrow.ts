import type { EnvelopeKey } from '../../../shared/sync/identity';
import type { KeyCustody } from '../keys/key-custody';
import type { Keyring } from '../keys/keyring';
import { isRecordScope } from '../records/group-scope';
import type { RecordsContext } from '../records/records-context';
import type { RemoteChanges } from '../records/remote-changes';

export interface EscrowClient {
  shareKey(envelope: EnvelopeKey, memberNo: number): void;
}

export interface Escrowed {
  scopeId: string;
  keyId: string;
  memberNo: number;
}

/**
 * Key custody (issue #6, crypto-shredding): every key id of every case scope and of the team
 * scope is also sealed to this device's own member number, so the relay holds it for us. Once
 * the relay acknowledges it (KeyCustody), backups leave the key out: erasing the case on the
 * relay then leaves no copy that a backup and the passphrase could open. Every key id, not only
 * the current one, because a rotated case (handover, removal) is read with all of them.
 * Returns the envelopes queued, for the caller to mark as sent; `sent` says which already were.
 */
export function escrowKeys(
  client: EscrowClient,
  records: RecordsContext,
  custody: KeyCustody,
  own: { selfNo: number | undefined; teamScope: string | undefined },
  sent: (scopeId: string, keyId: string, memberNo: number) => boolean,
): Escrowed[] {
  // Our number in the verified roster; the envelope is sealed to this device's own box key
  // (SyncClient.shareKey), never to a key the relay reports.
  if (own.selfNo === undefined) return [];
  const self = { memberNo: own.selfNo };
  const queued: Escrowed[] = [];
  for (const { scopeId, keyId } of custody.notInCustody()) {
    if (sent(scopeId, keyId, self.memberNo)) continue;
    if (scopeId !== own.teamScope && !isRecordScope(records.store, scopeId)) continue;
    const envelope = records.keyring.envelopeKeyOf(scopeId, keyId);
    if (!envelope) continue;
    client.shareKey(envelope, self.memberNo);
    queued.push({ scopeId, keyId, memberNo: self.memberNo });
  }
  return queued;
}

/**
 * A key envelope addressed to us arrived from the relay: the key is kept, the relay holds it
 * (custody), and if it is new here (a restored notebook), the documents that were read without
 * it are read again and indexed.
 */
export function keyReceiver(
  records: RecordsContext,
  custody: KeyCustody,
  remote: RemoteChanges,
): (received: EnvelopeKey) => void {
  return ({ scopeId, keyId, key, generation }) => {
    const { keyring } = records;
    const fresh = keyring.keyOf(scopeId, keyId) === undefined;
    keyring.importKey(scopeId, keyId, key, generation);
    custody.record(scopeId, keyId);
    if (fresh) {
      remote.keyArrived([...keyring.documentsOf(scopeId), ...keyring.privateDocumentsOf(scopeId)]);
    }
  };
}

/**
 * The key a shared document is sent under, or undefined while this device holds none of its
 * scope's keys (a restored notebook waiting for them from the team): its changes wait in the
 * outbox instead of stopping the sync.
 */
export function heldWriteKey(
  keyring: Keyring,
  docId: string,
): { keyId: string; key: Uint8Array } | undefined {
  const scopeId = keyring.scopeOf(docId);
  if (!scopeId || keyring.keyIdsOf(scopeId).length === 0) return undefined;
  return keyring.writeKey(docId);
}
