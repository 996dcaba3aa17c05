import { EntryKind, type StoredEntry } from '../../../shared/sync';
import type { AccountSecrets } from '../vault';
import type { SyncKeySource, TrustedMembers } from './client-types';
import { openPayload, type PayloadSequence } from './envelope';
import { openKeyEnvelope, verifyEntry, type EnvelopeKey } from './identity';

/** What this device holds to judge an entry: never anything the relay says on its own. */
export interface EntryJudge {
  teamId: Uint8Array;
  /** The signed roster as this device verified it. */
  trusted: TrustedMembers;
  keys: SyncKeySource;
  boxKeyPair: AccountSecrets['boxKeyPair'];
  /** This device's member number on the current connection, if it has one. */
  me: number | undefined;
  isErased?: (scopeId: string) => boolean;
}

export type EntryDecision =
  /** Decrypted: hand `data` to the sink. */
  | { kind: 'apply'; data: Uint8Array; sequence: PayloadSequence | undefined; snapshot: boolean }
  /** A case key sealed to this device, opened. */
  | { kind: 'key'; key: EnvelopeKey }
  /** Not for this device (a key sealed to another member), or for a scope erased here. */
  | { kind: 'ignore' }
  /** Not what it claims to be: an unknown or removed author, a bad signature, another scope. */
  | { kind: 'refuse'; reason: string }
  /** Genuine as far as can be told, but this device holds no key to read it yet. */
  | { kind: 'quarantine'; reason: string };

/**
 * Decides what to do with one entry from the relay (docs/sync-protocol.md, "Receiving"): the
 * author and signature against the verified roster first, then the scope, then the key. Pure but
 * for the decryption itself, so every refusal can be tested without a socket. The client keeps
 * refused entries in quarantine too (with the reason): a roster that arrives later may vouch for
 * an author it does not know yet, and the quarantine is what the person sees.
 */
export function decideEntry(entry: StoredEntry, judge: EntryJudge): EntryDecision {
  const refuse = (reason: string): EntryDecision => ({ kind: 'refuse', reason });
  const author = judge.trusted.member(entry.author);
  if (!author) return refuse(`author ${entry.author} is not in the verified roster`);
  if (
    author.removed &&
    author.removedAfterSeq !== undefined &&
    entry.seq > author.removedAfterSeq
  ) {
    return refuse(`written by member ${entry.author} after their removal`);
  }
  if (!verifyEntry(judge.teamId, entry, author.signPk)) {
    return refuse('the signature does not match the author');
  }
  // An erased case stays erased: whatever still arrives for it is not stored.
  if (judge.isErased?.(entry.scopeId)) return { kind: 'ignore' };
  if (entry.kind === EntryKind.Key) {
    if (entry.aux !== judge.me) return { kind: 'ignore' };
    // A removed member hands out no keys: an old one replayed as current would be read by them.
    if (author.removed) return refuse(`a key from removed member ${entry.author}`);
    const opened = openKeyEnvelope(entry.body, entry.scopeId, entry.keyId, judge.boxKeyPair);
    if (!opened) return refuse('the key envelope could not be opened');
    const { key, generation } = opened;
    return { kind: 'key', key: { scopeId: entry.scopeId, keyId: entry.keyId, key, generation } };
  }
  const knownScope = judge.keys.scopeOf(entry.docId);
  if (knownScope !== undefined && knownScope !== entry.scopeId) {
    return refuse('the entry names another scope than the document belongs to');
  }
  const key = judge.keys.keyById(entry.docId, entry.keyId, entry.scopeId);
  if (!key) return { kind: 'quarantine', reason: `no key ${entry.keyId} for this document` };
  try {
    const opened = openPayload(entry.body, entry, key);
    const snapshot = entry.kind === EntryKind.Snapshot;
    return { kind: 'apply', data: opened.data, sequence: opened.sequence, snapshot };
  } catch (error) {
    return refuse(`the entry could not be decrypted (${(error as Error).name})`);
  }
}
