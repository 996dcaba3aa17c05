import type { SqliteDatabase } from '../store';
import type { KeyProvider } from '../store';
import { systemClock, type Clock } from '../clock';
import { randomBytes, randomKey, sodium } from '../crypto';
import { CoreError } from '../errors';
import type { AccountSecrets } from '../vault';
import { toHex } from '../../../shared/encoding/hex';
import type { EnvelopeKey } from '../../../shared/sync/identity';

/** Documents that belong to no case are personal: written with a key derived from the master key. */
const PERSONAL_KEY_ID = 'personal-1';

/**
 * A private note is filed under `mine:<case id>`: never shared, and written with a key derived
 * from both the personal key and the case's key, so only its author can read it and erasing the
 * case (destroying the case keys) makes it unreadable in every backup too.
 */
const PRIVATE_PREFIX = 'mine:';
const PRIVATE_KEY_PREFIX = 'mine-';
const PRIVATE_DOMAIN = new TextEncoder().encode('pendamping/private-note/v1');

/**
 * Which key a document is written and read with (ARCHITECTURE.md, "Keys and encryption"):
 * - each case is an access scope with random 32-byte content keys, stored only sealed to this
 *   account's X25519 key (crypto_box_seal), so the same sealed form can travel to supervisors;
 * - every other document (the index, the directory, private notes) uses a personal key derived
 *   from the master key, which nobody else ever receives.
 * Opened keys are cached in memory while unlocked and wiped on `close()`.
 */
export class Keyring implements KeyProvider {
  private db: SqliteDatabase | undefined;
  private readonly personal: Uint8Array;
  private readonly opened = new Map<string, Uint8Array>();
  private readonly currentByScope = new Map<string, string>();
  /** Which scope each document files under, read from `doc_scopes` when first asked (null: none). */
  private readonly scopeByDoc = new Map<string, string | null>();

  constructor(
    private readonly secrets: AccountSecrets,
    derivePersonalKey: () => Uint8Array,
    /** Dates each scope key (generation 0 keys are ordered by it): the core's clock seam. */
    private readonly clock: Clock = systemClock,
  ) {
    this.personal = derivePersonalKey();
  }

  /** The keyring's tables live in the store's file; the store is opened with the keyring. */
  attach(db: SqliteDatabase): void {
    this.db = db;
  }

  /**
   * A new access scope with a fresh content key. A case's scope id is the case id itself, so a
   * device that receives the case's documents knows which scope they belong to.
   */
  createScope(scopeId: string = toHex(randomBytes(16))): string {
    this.rotate(scopeId);
    return scopeId;
  }

  /**
   * A new key for what is written next in the scope; older keys stay for reading history. Its
   * generation is one above the highest this device holds (1 for a scope's first key), so every
   * device that takes it in, in whatever order its envelopes arrive, writes with it next.
   */
  rotate(scopeId: string): string {
    const keyId = toHex(randomBytes(8));
    this.addKey(scopeId, keyId, randomKey(), this.highestGeneration(scopeId) + 1);
    return keyId;
  }

  assignDocument(docId: string, scopeId: string): void {
    this.database()
      .prepare('INSERT OR REPLACE INTO doc_scopes (doc_id, scope_id) VALUES (?, ?)')
      .run(docId, scopeId);
    this.scopeByDoc.set(docId, scopeId);
  }

  /** The shared scope of a document; private notes have none (they never leave the device). */
  scopeOf(docId: string): string | undefined {
    const scopeId = this.filedUnder(docId);
    return scopeId?.startsWith(PRIVATE_PREFIX) ? undefined : scopeId;
  }

  /** Files a private note under its case, so it is written with the case-bound private key. */
  assignPrivate(docId: string, caseScopeId: string): void {
    if (this.filedUnder(docId) !== `${PRIVATE_PREFIX}${caseScopeId}`) {
      this.assignDocument(docId, `${PRIVATE_PREFIX}${caseScopeId}`);
    }
  }

  /** The private notes filed under a case. */
  privateDocumentsOf(caseScopeId: string): string[] {
    return this.documentsOf(`${PRIVATE_PREFIX}${caseScopeId}`);
  }

  /**
   * Erasure: every key of the scope and every document filing under it (shared and private)
   * are forgotten. The caller deletes the documents' rows in the same transaction.
   */
  forgetScope(scopeId: string): void {
    const db = this.database();
    for (const scope of [scopeId, `${PRIVATE_PREFIX}${scopeId}`]) {
      for (const docId of this.documentsOf(scope)) this.scopeByDoc.delete(docId);
      db.prepare('DELETE FROM scope_keys WHERE scope_id = ?').run(scope);
      db.prepare('DELETE FROM doc_scopes WHERE scope_id = ?').run(scope);
    }
    for (const [cacheKey, key] of this.opened) {
      if (
        cacheKey.startsWith(`${scopeId}/`) ||
        cacheKey.startsWith(`${PRIVATE_PREFIX}${scopeId}/`)
      ) {
        sodium().memzero(key);
        this.opened.delete(cacheKey);
      }
    }
    this.currentByScope.delete(scopeId);
  }

  /** The current content key sealed to someone else's X25519 public key, for sharing a case. */
  sealCurrentKeyFor(
    scopeId: string,
    recipientBoxPublicKey: Uint8Array,
  ): {
    keyId: string;
    sealed: Uint8Array;
  } {
    const { keyId, key } = this.currentKey(scopeId);
    return { keyId, sealed: sodium().crypto_box_seal(key, recipientBoxPublicKey) };
  }

  /**
   * A content key that arrived opened (by the sync client, from an envelope sealed to us), with
   * the generation sealed in that envelope. The first generation seen for a key id is kept.
   */
  importKey(scopeId: string, keyId: string, key: Uint8Array, generation: number): void {
    if (this.scopeKey(scopeId, keyId)) return;
    this.addKey(scopeId, keyId, key.slice(), generation);
    // The newest key by time of arrival is not necessarily the scope's current one: look it up.
    this.currentByScope.delete(scopeId);
  }

  /**
   * A key by its id alone, for a document this device has not seen before: key ids are random,
   * so the id names one scope, and the document is filed under it from then on.
   */
  keyForIncoming(docId: string, keyId: string, scopeId?: string): Uint8Array | undefined {
    const known = this.readKey(docId, keyId);
    if (known || this.filedUnder(docId) !== undefined) return known;
    const row = this.database()
      .prepare('SELECT scope_id FROM scope_keys WHERE key_id = ? LIMIT 1')
      .get(keyId) as { scope_id: string } | undefined;
    // The key must be one of the scope the entry names: a document is filed under that scope.
    if (!row || (scopeId !== undefined && row.scope_id !== scopeId)) return undefined;
    const key = this.scopeKey(row.scope_id, keyId);
    if (key) this.assignDocument(docId, row.scope_id);
    return key;
  }

  /** The scopes this device holds keys for. */
  scopes(): string[] {
    return (
      this.database().prepare('SELECT DISTINCT scope_id FROM scope_keys').all() as Array<{
        scope_id: string;
      }>
    ).map((r) => r.scope_id);
  }

  /** Every key id of a scope, oldest first: a new reader of a case needs its whole history. */
  keyIdsOf(scopeId: string): string[] {
    return (
      this.database()
        .prepare(
          'SELECT key_id FROM scope_keys WHERE scope_id = ? ORDER BY generation, created_at, id',
        )
        .all(scopeId) as Array<{ key_id: string }>
    ).map((r) => r.key_id);
  }

  /** A key of a scope by id, opened. */
  keyOf(scopeId: string, keyId: string): Uint8Array | undefined {
    return this.scopeKey(scopeId, keyId);
  }

  /** A key of a scope by id with its generation, as it is sealed into an envelope. */
  envelopeKeyOf(scopeId: string, keyId: string): EnvelopeKey | undefined {
    const key = this.scopeKey(scopeId, keyId);
    return key && { scopeId, keyId, key, generation: this.generationOf(scopeId, keyId) };
  }

  /** The documents filed under a scope. */
  documentsOf(scopeId: string): string[] {
    return (
      this.database()
        .prepare('SELECT doc_id FROM doc_scopes WHERE scope_id = ? ORDER BY doc_id')
        .all(scopeId) as Array<{ doc_id: string }>
    ).map((r) => r.doc_id);
  }

  /**
   * The scope a document files under, looked up once: a notebook files some 20,000 documents,
   * and reading them all at unlock cost more than the case list it delays.
   */
  private filedUnder(docId: string): string | undefined {
    let scopeId = this.scopeByDoc.get(docId);
    // Before the store is attached (its own migrations) no document is filed yet.
    if (scopeId === undefined && this.db) {
      const row = this.db.prepare('SELECT scope_id FROM doc_scopes WHERE doc_id = ?').get(docId) as
        { scope_id: string } | undefined;
      scopeId = row?.scope_id ?? null;
      this.scopeByDoc.set(docId, scopeId);
    }
    return scopeId ?? undefined;
  }

  /** The current key of a scope with its generation, for sharing it with a member. */
  currentKeyOf(scopeId: string): EnvelopeKey {
    const { keyId, key } = this.currentKey(scopeId);
    return { scopeId, keyId, key, generation: this.generationOf(scopeId, keyId) };
  }

  /**
   * A key someone sealed to us (a supervisor receiving a case): kept sealed, opened on use. The
   * generation comes from the envelope it arrived in, as for importKey.
   */
  importSealedKey(
    scopeId: string,
    keyId: string,
    sealed: Uint8Array,
    createdAt: number,
    generation: number,
  ): void {
    this.open(sealed); // refuses a key that was not sealed to us before anything is stored
    this.database()
      .prepare(
        `INSERT OR IGNORE INTO scope_keys (scope_id, key_id, sealed, created_at, generation)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(scopeId, keyId, sealed, createdAt, generation);
    this.currentByScope.delete(scopeId);
  }

  writeKey(docId: string): { keyId: string; key: Uint8Array } {
    const scopeId = this.filedUnder(docId);
    if (!scopeId) return { keyId: PERSONAL_KEY_ID, key: this.personal };
    if (!scopeId.startsWith(PRIVATE_PREFIX)) return this.currentKey(scopeId);
    const base = this.currentKey(scopeId.slice(PRIVATE_PREFIX.length));
    const key = this.privateKey(scopeId, base.keyId);
    if (!key) throw new CoreError('corrupt', 'the content key of this case cannot be opened');
    return { keyId: `${PRIVATE_KEY_PREFIX}${base.keyId}`, key };
  }

  readKey(docId: string, keyId: string): Uint8Array | undefined {
    const scopeId = this.filedUnder(docId);
    // Private notes written before they were filed under their case used the personal key.
    if (!scopeId || keyId === PERSONAL_KEY_ID) {
      return keyId === PERSONAL_KEY_ID ? this.personal : undefined;
    }
    if (!scopeId.startsWith(PRIVATE_PREFIX)) return this.scopeKey(scopeId, keyId);
    if (!keyId.startsWith(PRIVATE_KEY_PREFIX)) return undefined;
    return this.privateKey(scopeId, keyId.slice(PRIVATE_KEY_PREFIX.length));
  }

  /** BLAKE2b keyed with the personal key over the case key: needs both, so only the author. */
  private privateKey(privateScopeId: string, baseKeyId: string): Uint8Array | undefined {
    const cacheKey = `${privateScopeId}/${baseKeyId}`;
    const cached = this.opened.get(cacheKey);
    if (cached) return cached;
    const base = this.scopeKey(privateScopeId.slice(PRIVATE_PREFIX.length), baseKeyId);
    if (!base) return undefined;
    const input = new Uint8Array(PRIVATE_DOMAIN.length + base.length);
    input.set(PRIVATE_DOMAIN);
    input.set(base, PRIVATE_DOMAIN.length);
    const key = sodium().crypto_generichash(32, input, this.personal);
    this.opened.set(cacheKey, key);
    return key;
  }

  close(): void {
    for (const key of this.opened.values()) sodium().memzero(key);
    this.opened.clear();
    sodium().memzero(this.personal);
  }

  /**
   * The key written with: the highest generation this device holds, never the newest to arrive
   * (a relay that holds an envelope back and sends an older one later would otherwise choose it).
   * Two keys of one generation (two supervisors rotating at once) are told apart by key id, so
   * every device picks the same one. Keys from envelopes of the first format (generation 0, all
   * a relay holds in escrow from before generations) keep the only order there was for them: the
   * order of arrival.
   */
  private currentKey(scopeId: string): { keyId: string; key: Uint8Array } {
    let keyId = this.currentByScope.get(scopeId);
    if (!keyId) {
      const row = this.database()
        .prepare(
          `SELECT key_id FROM scope_keys WHERE scope_id = ?
           ORDER BY generation DESC, CASE WHEN generation = 0 THEN created_at END DESC,
             key_id DESC LIMIT 1`,
        )
        .get(scopeId) as { key_id: string } | undefined;
      if (!row) throw new CoreError('not_found', 'no content key for this case on this device');
      keyId = row.key_id;
      this.currentByScope.set(scopeId, keyId);
    }
    const key = this.scopeKey(scopeId, keyId);
    if (!key) throw new CoreError('corrupt', 'the content key of this case cannot be opened');
    return { keyId, key };
  }

  private scopeKey(scopeId: string, keyId: string): Uint8Array | undefined {
    const cacheKey = `${scopeId}/${keyId}`;
    const cached = this.opened.get(cacheKey);
    if (cached) return cached;
    const row = this.database()
      .prepare('SELECT sealed FROM scope_keys WHERE scope_id = ? AND key_id = ?')
      .get(scopeId, keyId) as { sealed: Uint8Array } | undefined;
    if (!row) return undefined;
    try {
      const key = this.open(row.sealed);
      this.opened.set(cacheKey, key);
      return key;
    } catch {
      return undefined;
    }
  }

  private addKey(scopeId: string, keyId: string, key: Uint8Array, generation: number): void {
    const sealed = sodium().crypto_box_seal(key, this.secrets.boxKeyPair.publicKey);
    this.database()
      .prepare(
        `INSERT INTO scope_keys (scope_id, key_id, sealed, created_at, generation)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(scopeId, keyId, sealed, this.clock.now(), generation);
    this.opened.set(`${scopeId}/${keyId}`, key);
    this.currentByScope.delete(scopeId);
  }

  private highestGeneration(scopeId: string): number {
    const row = this.database()
      .prepare('SELECT max(generation) AS g FROM scope_keys WHERE scope_id = ?')
      .get(scopeId) as { g: number | null };
    return row.g ?? 0;
  }

  private generationOf(scopeId: string, keyId: string): number {
    const row = this.database()
      .prepare('SELECT generation FROM scope_keys WHERE scope_id = ? AND key_id = ?')
      .get(scopeId, keyId) as { generation: number } | undefined;
    return row?.generation ?? 0;
  }

  private open(sealed: Uint8Array): Uint8Array {
    const { publicKey, privateKey } = this.secrets.boxKeyPair;
    try {
      return sodium().crypto_box_seal_open(sealed, publicKey, privateKey);
    } catch {
      throw new CoreError('corrupt', 'a content key was not sealed to this account');
    }
  }

  private database(): SqliteDatabase {
    if (!this.db) throw new CoreError('locked', 'the keyring is not attached to an open store');
    return this.db;
  }
}
