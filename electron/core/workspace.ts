import { join } from 'node:path';
import { sodium } from './crypto';
import { DocumentStore } from './docs';
import { Keyring } from './keys/keyring';
import type { Logger } from './log';
import { INDEX_DOCUMENT } from './records/document-ids';
import { RecordsContext } from './records/records-context';
import { buildSearchIndex } from './records/search-indexing';
import { SearchIndex } from './search/search-index';
import { Store } from './store';
import type { Vault } from './vault';

export const DATABASE_FILE = 'pendamping.sqlite';

/** A short, stable id for the account: who ticked, wrote or signed, without naming anyone. */
export function actorIdOf(signPublicKey: Uint8Array): string {
  return `u-${sodium().to_hex(sodium().crypto_generichash(8, signPublicKey, null))}`;
}

/**
 * Everything that needs the keys, opened after unlock and closed on lock: the keyring, the
 * store, the documents, the records and the in-memory search index.
 */
export class Workspace {
  private closed = false;

  private constructor(
    readonly store: Store,
    readonly keyring: Keyring,
    readonly docs: DocumentStore,
    readonly records: RecordsContext,
  ) {}

  static open(dataDir: string, vault: Vault, log: Logger): Workspace {
    const secrets = vault.secrets();
    const keyring = new Keyring(secrets, () => vault.deriveKey('pd-store', 1));
    const store = Store.open(join(dataDir, DATABASE_FILE), keyring, {
      onSlowQuery: (operation, ms) => log.info({ operation, ms: Math.round(ms) }, 'slow query'),
    });
    keyring.attach(store.database);
    const docs = new DocumentStore(store, {
      onPersistError: (_docId, error) =>
        log.error(
          { err: error instanceof Error ? error.name : 'unknown' },
          'a change was not saved',
        ),
    });
    if (!store.documentKind(INDEX_DOCUMENT)) store.setDocumentKind(INDEX_DOCUMENT, 'index');
    const records = new RecordsContext(
      store,
      docs,
      keyring,
      new SearchIndex(),
      actorIdOf(secrets.signKeyPair.publicKey),
      log,
    );
    const workspace = new Workspace(store, keyring, docs, records);
    const started = performance.now();
    void buildSearchIndex(records, () => workspace.closed).then(
      () => log.info({ ms: Math.round(performance.now() - started) }, 'search index built'),
      (error: unknown) =>
        log.error({ err: error instanceof Error ? error.name : 'unknown' }, 'search index failed'),
    );
    return workspace;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
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
