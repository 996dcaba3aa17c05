import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium, randomKey, sodium } from '../../../electron/core/crypto';
import { Keyring } from '../../../electron/core/keys/keyring';
import { migrate, openDatabase, type SqliteDatabase } from '../../../electron/core/store';
import type { AccountSecrets } from '../../../electron/core/vault';
import { generateSecrets } from '../../../electron/core/vault/secrets';
import { tempDir } from '../store/support/temp';

/*
 * A scope's current key is the highest generation this device holds, never the newest to arrive
 * (issue 10, item 2): a relay decides the order in which envelopes arrive, not which key is used.
 */
describe('the keyring orders a scope’s keys by generation', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;
  let secrets: AccountSecrets;

  const open = (): Keyring => {
    const keyring = new Keyring(secrets, () => randomKey());
    keyring.attach(db);
    return keyring;
  };

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
    migrate(db);
    secrets = generateSecrets();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('numbers a new scope’s key 1 and each rotation one above the highest it holds', () => {
    const keyring = open();
    keyring.createScope('case-a');
    expect(keyring.currentKeyOf('case-a').generation).toBe(1);
    keyring.importKey('case-a', 'from-a-colleague', randomKey(), 5);
    const rotated = keyring.rotate('case-a');
    expect(keyring.currentKeyOf('case-a')).toMatchObject({ keyId: rotated, generation: 6 });
    expect(keyring.envelopeKeyOf('case-a', 'from-a-colleague')?.generation).toBe(5);
  });

  it('keeps the newer key current when an older one arrives after it', () => {
    const keyring = open();
    keyring.importKey('case-a', 'k-new', randomKey(), 2);
    keyring.importKey('case-a', 'k-old', randomKey(), 1);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('k-new');
    keyring.importKey('case-a', 'k-first-format', randomKey(), 0);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('k-new');
    // Still so after a restart, when nothing is cached.
    expect(open().currentKeyOf('case-a').keyId).toBe('k-new');
    expect(open().keyIdsOf('case-a')).toEqual(['k-first-format', 'k-old', 'k-new']);
  });

  it('writes a document with the highest generation whatever order the keys came in', () => {
    const keyring = open();
    keyring.importKey('case-a', 'k3', randomKey(), 3);
    keyring.assignDocument('doc-a', 'case-a');
    keyring.importKey('case-a', 'k2', randomKey(), 2);
    expect(keyring.writeKey('doc-a').keyId).toBe('k3');
  });

  it('takes the first generation it saw for a key id, not a later envelope’s', () => {
    const keyring = open();
    const key = randomKey();
    keyring.importKey('case-a', 'k1', key, 1);
    keyring.importKey('case-a', 'k0', randomKey(), 2);
    keyring.importKey('case-a', 'k1', key, 9);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('k0');
  });

  it('breaks a tie between two keys of one generation by key id, as every device does', () => {
    const first = open();
    first.importKey('case-a', 'bbbb', randomKey(), 2);
    first.importKey('case-a', 'aaaa', randomKey(), 2);
    expect(first.currentKeyOf('case-a').keyId).toBe('bbbb');
    db.exec('DELETE FROM scope_keys');
    const second = open();
    second.importKey('case-a', 'aaaa', randomKey(), 2);
    second.importKey('case-a', 'bbbb', randomKey(), 2);
    expect(second.currentKeyOf('case-a').keyId).toBe('bbbb');
  });

  it('keeps keys of the first format (generation 0) in their order of arrival', async () => {
    const keyring = open();
    keyring.importKey('case-a', 'zzzz', randomKey(), 0);
    await new Promise((r) => setTimeout(r, 5));
    keyring.importKey('case-a', 'aaaa', randomKey(), 0);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('aaaa');
    keyring.importKey('case-a', 'k1', randomKey(), 1);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('k1');
  });

  it('carries the generation of a key kept sealed (importSealedKey)', () => {
    const keyring = open();
    keyring.importKey('case-a', 'k2', randomKey(), 2);
    const sealed = sodium().crypto_box_seal(randomKey(), secrets.boxKeyPair.publicKey);
    keyring.importSealedKey('case-a', 'k1', sealed, Date.now() + 1000, 1);
    expect(keyring.currentKeyOf('case-a').keyId).toBe('k2');
    expect(keyring.envelopeKeyOf('case-a', 'k1')?.generation).toBe(1);
  });
});
