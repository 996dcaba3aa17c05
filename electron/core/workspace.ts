import { join } from 'node:path';
import { DocumentStore } from './docs';
import type { EventHub } from './events';
import { actorIdOf } from './keys/actor-id';
import { Keyring } from './keys/keyring';
import type { Logger } from './log';
import { ALL_INDEX_DOCUMENTS, INDEX_DOCUMENT } from './records/document-ids';
import { FollowUpReminders } from './reminders';
import { rebuildIndex } from './records/rebuild-index';
import { copyIndexLists } from './records/index-document';
import { upgradeIndex } from './records/index-upgrade';
import { RecordsContext } from './records/records-context';
import { buildSearchIndex } from './records/search-indexing';
import { SearchIndex } from './search/search-index';
import { Store } from './store';
import { TeamSync } from './team/team-sync';
import { CommunityService } from './community';
import { ErasureService, isTeamErasuresDocument } from './erasure';
import type { Vault } from './vault';
import { systemClock, type Clock } from './clock';
import { errorName } from '../../shared/errors/describe';

export const DATABASE_FILE = 'pendamping.sqlite';

/**
 * Everything that needs the keys, opened after unlock and closed on lock: the keyring, the
 * store, the documents, the records and the in-memory search index.
 */
export class Workspace {
  private closed = false;
  /** Follow-up reminders look only while the vault is unlocked (issue #13, item 6). */
  private reminders: FollowUpReminders | undefined;

  private constructor(
    readonly store: Store,
    readonly keyring: Keyring,
    readonly docs: DocumentStore,
    readonly records: RecordsContext,
    readonly team: TeamSync,
    readonly erasure: ErasureService,
  ) {}

  static open(
    dataDir: string,
    vault: Vault,
    log: Logger,
    events: EventHub,
    clock: Clock = systemClock,
  ): Workspace {
    const secrets = vault.secrets();
    const keyring = new Keyring(secrets, () => vault.deriveKey('pd-store', 1), clock);
    const store = Store.open(join(dataDir, DATABASE_FILE), keyring, {
      onSlowQuery: (operation, ms) => log.info({ operation, ms: Math.round(ms) }, 'slow query'),
      clock,
    });
    keyring.attach(store.database);
    // The team sync is made after the documents and records it works on: these functions reach
    // it (and erasure) once it exists, and nothing calls them before (team.start() comes last).
    const docs = new DocumentStore(store, {
      rewriterOf: (docId) => (ALL_INDEX_DOCUMENTS.includes(docId) ? copyIndexLists : undefined),
      onLocalChange: (docId, update) => team.enqueue(docId, update),
      onPersistError: (_docId, error) =>
        log.error({ err: errorName(error) }, 'a change was not saved'),
    });
    // No index: a new notebook, or a restored backup (backups leave the derived index out).
    const indexMissing = !store.documentKind(INDEX_DOCUMENT);
    for (const docId of ALL_INDEX_DOCUMENTS) {
      if (!store.documentKind(docId)) store.setDocumentKind(docId, 'index');
    }
    const records: RecordsContext = new RecordsContext(
      store,
      docs,
      keyring,
      new SearchIndex(),
      actorIdOf(secrets.signKeyPair.publicKey),
      log,
      clock,
      {
        outbox: { enqueue: (docId, update) => team.enqueue(docId, update) },
        erasureWaiting: (caseId: string): boolean => erasure.isWaiting(caseId),
        directory: () => team.directoryPlace(),
        teamKnowledge: () => team.knowledge(),
      },
    );
    const recordsChanged = (documentIds: string[]): void =>
      events.emit('records.changed', { documentIds });
    const sweepErasures = (): void => {
      try {
        erasure.sweep();
      } catch (error) {
        log.error({ err: errorName(error) }, 'erasure sweep failed');
      }
    };
    // Erasures asked for without a connection run once the relay is reached (and synced, so
    // their conditions are judged on what the team wrote meanwhile).
    const runWaitingErasures = (): void => {
      void erasure
        .runWaiting()
        .catch((error: unknown) => log.error({ err: errorName(error) }, 'erasure run failed'));
    };
    // Community work written before the team's key arrived goes to the team once it has.
    const shareCommunityWork = (): void => {
      try {
        new CommunityService(records, secrets.signKeyPair, () =>
          team.forCommunity(),
        ).shareWaiting();
      } catch (error) {
        log.error({ err: errorName(error) }, 'community work not shared');
      }
    };
    const team = new TeamSync(
      records,
      secrets,
      log,
      (overview) => {
        sweepErasures();
        if (overview.state.kind === 'upToDate') {
          runWaitingErasures();
          shareCommunityWork();
        }
        events.emit('sync.changed', overview);
      },
      (documentIds) => {
        // A supervisor's erasure that arrives is carried out before the screens refresh.
        if (documentIds.some(isTeamErasuresDocument)) sweepErasures();
        recordsChanged(documentIds);
      },
    );
    const erasure: ErasureService = new ErasureService(
      records,
      () => vault.secrets().signKeyPair,
      () => team.forErasure(),
      recordsChanged,
    );
    const workspace = new Workspace(store, keyring, docs, records, team, erasure);
    if (indexMissing) rebuildIndex(records);
    else upgradeIndex(records);
    team.start();
    sweepErasures();
    workspace.reminders = new FollowUpReminders(
      records,
      (reminder) => events.emit('followUps.reminder', reminder),
      log,
    );
    workspace.reminders.start();
    const started = performance.now();
    void buildSearchIndex(records, () => workspace.closed).then(
      () => log.info({ ms: Math.round(performance.now() - started) }, 'search index built'),
      (error: unknown) => log.error({ err: errorName(error) }, 'search index failed'),
    );
    return workspace;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.reminders?.stop();
    void this.team.stop();
    this.records.cancelPendingWork();
    this.records.search.clear();
    try {
      this.docs.closeAll();
    } finally {
      this.store.close();
      this.keyring.close();
    }
  }
}
