import * as Y from 'yjs';
import { fromHex } from '../../../shared/encoding/hex';
import { isErased } from '../erasure';
import type { KeyCustody } from '../keys/key-custody';
import { actorIdOf } from '../keys/actor-id';
import type { RemoteChanges } from '../records/remote-changes';
import { SyncClient, type SyncProblem } from '../sync';
import { heldWriteKey, keyReceiver } from './key-escrow';
import type { TeamAccess } from './team-access';
import type { Enrollment } from './team-document';
import type { TeamRoster } from './team-roster';

/** What the team's sync client is made with, and whom it tells of what it hears. */
export interface TeamClientParts {
  enrollment: Enrollment;
  access: TeamAccess;
  /** The roster made for this connection: it vouches for members and takes roster frames. */
  roster: TeamRoster;
  custody: KeyCustody;
  remote: RemoteChanges;
  /** Genesis and joiners, after each roster frame. */
  tendRoster(client: SyncClient): void;
  /** The roster moved (a member added or removed, or trust changed). */
  rosterChanged(client: SyncClient): void;
  historyChanged(): void;
  problem(problem: SyncProblem): void;
}

/**
 * The sync client of this device's team: trust from the verified roster, keys from this device's
 * keyring, incoming updates into the records, snapshots from the local documents.
 */
export function createTeamClient(parts: TeamClientParts): SyncClient {
  const { enrollment, access, roster, custody, remote } = parts;
  const { keyring, docs, store } = access.records;
  const client: SyncClient = new SyncClient({
    url: enrollment.serverUrl,
    trusted: { member: (memberNo) => roster.keeper.member(memberNo) },
    rosterLength: () => roster.keeper.heldLength(),
    onRoster: (frame) => {
      const changed = roster.receive(frame);
      // The founder's genesis waits for the relay's first answer; joiners for theirs.
      parts.tendRoster(client);
      if (!changed) return;
      // Entries set aside for an author we could not verify yet may be readable now.
      client.retryQuarantine();
      parts.rosterChanged(client);
    },
    teamId: fromHex(enrollment.teamId),
    secrets: access.secrets,
    db: store.database,
    localKeys: keyring,
    keys: {
      currentKey: (docId) => heldWriteKey(keyring, docId),
      keyById: (docId, keyId, scopeId) =>
        // A document this device keeps for itself (its index, its settings) never moves into a
        // shared scope, whoever names it there (issue #10).
        store.documentKind(docId) !== undefined && !keyring.scopeOf(docId)
          ? undefined
          : keyring.keyForIncoming(docId, keyId, scopeId),
      scopeOf: (docId) => keyring.scopeOf(docId),
    },
    sink: (docId, update, { author, snapshot }) => {
      // The signer, as the verified roster knows them: what the records may hold them to.
      const signPk = access.roster()?.keeper.member(author)?.signPk;
      remote.receive(docId, update, {
        ...(signPk ? { actorId: actorIdOf(signPk) } : {}),
        snapshot,
      });
    },
    onKey: keyReceiver(access.records, custody, remote),
    onKeyEscrowed: (scopeId, keyId) => custody.record(scopeId, keyId),
    onHistory: () => parts.historyChanged(),
    onProblem: (problem) => parts.problem(problem),
    isErased: (scopeId) => isErased(access.records, scopeId),
    snapshotOf: (docId) =>
      store.documentKind(docId) ? Y.encodeStateAsUpdate(docs.open(docId)) : undefined,
    dataSaver: access.team().dataSaver(),
  });
  return client;
}
