import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupHeader, restoreBackup } from '../../../electron/core/backup';
import { Keyring } from '../../../electron/core/keys/keyring';
import { ALL_INDEX_DOCUMENTS, caseDocumentId } from '../../../electron/core/records/document-ids';
import { Store } from '../../../electron/core/store';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';
import { until } from '../support/until';

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

async function caseWithNote(h: CoreHarness, alias: string, note: string) {
  const created = await h.call('cases.create', { alias });
  const session = await h.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-11-26T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  await h.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, note),
  });
  return { caseId: created.meta.id, sessionId: session.meta.id };
}

/** What someone holding the backup file and the passphrase gets: the decrypted database. */
async function openBackupAsAttacker(file: Buffer): Promise<{ dbFile: string; vault: Vault }> {
  const dir = mkdtempSync(join(tmpdir(), 'pd-backup-open-'));
  const backupFile = join(dir, 'backup.pdbackup');
  writeFileSync(backupFile, file);
  writeFileSync(join(dir, 'vault.json'), await readBackupHeader(backupFile));
  const vault = Vault.load(dir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const dbFile = join(dir, 'copy.sqlite');
  await restoreBackup({ file: backupFile, backupKey: vault.deriveKey('pdbackup', 1), dbFile });
  return { dbFile, vault };
}

const count = (db: Database.Database, sql: string, ...params: string[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

/** Every key id of the case scope, and whether the relay acknowledged holding it for us. */
function custodyOf(dataDir: string, caseId: string): { keys: number; held: number } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return {
      keys: count(db, 'SELECT count(*) AS n FROM scope_keys WHERE scope_id = ?', caseId),
      held: count(
        db,
        `SELECT count(*) AS n FROM scope_keys k JOIN key_custody c
           ON c.scope_id = k.scope_id AND c.key_id = k.key_id WHERE k.scope_id = ?`,
        caseId,
      ),
    };
  } finally {
    db.close();
  }
}

function cursorsOf(dataDir: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return count(db, "SELECT count(*) AS n FROM sync_state WHERE name LIKE 'cursor:%'");
  } finally {
    db.close();
  }
}

function sealedKeysOf(dataDir: string, caseId: string): Buffer[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (
      db.prepare('SELECT sealed FROM scope_keys WHERE scope_id = ?').all(caseId) as Array<{
        sealed: Buffer;
      }>
    ).map((r) => r.sealed);
  } finally {
    db.close();
  }
}

describe('backups leave out the case keys the relay holds for this account', () => {
  let relay: ChildServer;
  const relayDir = mkdtempSync(join(tmpdir(), 'pd-relay-'));
  beforeAll(async () => {
    relay = await spawnServer({ dataDir: relayDir, allowTeamCreation: true });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });

  it('keeps the keys and the index out of a backup, and a restore gets the case back from the team without a restart', async () => {
    const supervisor = await vault();
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await vault();
    const other = await vault();
    for (const h of [counselor, other]) {
      const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
      await h.call('sync.join', { code });
    }
    const { caseId, sessionId } = await caseWithNote(
      counselor,
      'Kenanga',
      'Cerita tentang kebun di belakang rumah',
    );
    // A handover rotates the case key: the backup must leave out every key id, not the last one.
    const otherNo = await until('the other counselor to be a member', async () => {
      const { memberNo, state } = await other.call('sync.status', {});
      return state.kind === 'upToDate' ? (memberNo ?? undefined) : undefined;
    });
    await until('the counselor to be online', async () =>
      (await counselor.call('sync.status', {})).state.kind === 'upToDate' ? true : undefined,
    );
    await counselor.call('cases.handOver', { caseId, toMemberNo: otherNo });
    // The new counselor writes too: the counselor's device receives it and its cursor moves on.
    const atOther = await until('the history at the new counselor', async () => {
      const detail = await other.call('sessions.get', { sessionId });
      return noteOf(detail.documentState).includes('kebun') ? detail : undefined;
    });
    await other.call('documents.update', {
      documentId: atOther.documentId,
      update: noteEdit(atOther.documentState, 'Lanjutan oleh konselor baru'),
    });
    await until('the new counselor’s words at the counselor', async () => {
      const detail = await counselor.call('sessions.get', { sessionId });
      return noteOf(detail.documentState).includes('konselor baru') ? true : undefined;
    });
    // The supervisor hands the case back (another key), so the counselor writes its note again:
    // only the case's counselor writes a session's note (issue #12).
    const { memberNo: counselorNo, self } = await counselor.call('sync.status', {});
    await supervisor.call('cases.handOver', { caseId, toMemberNo: counselorNo ?? 0 });
    await until('the case back with the counselor', async () => {
      const detail = await counselor.call('cases.get', { caseId });
      return detail.meta.counselorId === self.actorId ? true : undefined;
    });

    await until('the relay to hold both keys of the case for the counselor', async () => {
      const { keys, held } = custodyOf(counselor.dataDir, caseId);
      return keys >= 2 && held === keys ? true : undefined;
    });
    const sealed = sealedKeysOf(counselor.dataDir, caseId);
    expect(cursorsOf(counselor.dataDir)).toBe(1);
    // The last words are written with no signal: they exist only on the laptop, and in its backup.
    relay.proc.kill('SIGTERM');
    await relay.exited;
    const before = await counselor.call('sessions.get', { sessionId });
    await counselor.call('documents.update', {
      documentId: before.documentId,
      update: noteEdit(before.documentState, 'Ditulis tanpa sinyal sebelum cadangan'),
    });
    const file = await downloadBackup(counselor);
    counselor.core.close();

    // With the file and the passphrase alone, the case cannot be read: no key, no index.
    const { dbFile, vault: opened } = await openBackupAsAttacker(file);
    const raw = readFileSync(dbFile);
    for (const blob of sealed) expect(raw.includes(blob)).toBe(false);
    const db = new Database(dbFile, { readonly: true });
    expect(count(db, 'SELECT count(*) AS n FROM scope_keys WHERE scope_id = ?', caseId)).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM key_custody WHERE scope_id = ?', caseId)).toBe(
      sealed.length,
    );
    for (const table of ['updates', 'snapshots', 'row_problems', 'documents']) {
      const sql = `SELECT count(*) AS n FROM ${table} WHERE doc_id = ?`;
      for (const docId of ALL_INDEX_DOCUMENTS) expect(count(db, sql, docId)).toBe(0);
    }
    expect(count(db, "SELECT count(*) AS n FROM sync_state WHERE name LIKE 'cursor:%'")).toBe(0);
    db.close();
    const keyring = new Keyring(opened.secrets(), () => opened.deriveKey('pd-store', 1));
    const store = Store.open(dbFile, keyring);
    keyring.attach(store.database);
    const loaded = store.loadDocument(caseDocumentId(caseId));
    expect(loaded.updates).toEqual([]);
    expect(loaded.problems.length).toBeGreaterThan(0);
    store.close();
    keyring.close();

    // Restored on a new laptop while the relay is out of reach: the case cannot be read yet.
    const restored = await restoreOnNewDevice(file);
    const changed: string[] = [];
    restored.core.events.subscribe((frame) => {
      if (frame.event !== 'records.changed') return;
      changed.push(...(frame.payload as { documentIds: string[] }).documentIds);
    });
    expect((await restored.call('cases.list', {})).cases).toEqual([]);
    // Opening the session now keeps it in memory without the rows its key would open.
    const unreadable = await restored.call('sessions.get', { sessionId }).then(
      (detail) => noteOf(detail.documentState),
      () => '',
    );
    expect(unreadable).not.toContain('kebun');

    // The relay is back: the notebook pulls the team from the start and gets its keys.
    relay = await spawnServer({ dataDir: relayDir, port: relay.port });
    const listed = await until('the case back in the list', async () => {
      const { cases } = await restored.call('cases.list', {});
      return cases.find((c) => c.id === caseId);
    });
    expect(listed.alias).toBe('Kenanga');
    const session = await until('the session note readable again', async () => {
      const detail = await restored.call('sessions.get', { sessionId });
      const text = noteOf(detail.documentState);
      const whole = ['kebun', 'konselor baru', 'tanpa sinyal'].every((w) => text.includes(w));
      return whole ? detail : undefined;
    });
    expect(session.alias).toBe('Kenanga');
    expect(changed).toContain(caseDocumentId(caseId));
    const hits = await until('the note found by search', async () => {
      const { hits } = await restored.call('search.query', { text: 'kebun' });
      return hits.length > 0 ? hits : undefined;
    });
    expect(hits[0]?.caseId).toBe(caseId);
    // What was written offline before the backup still reaches the team.
    await until(
      'the offline words at the supervisor',
      async () => {
        const detail = await supervisor.call('sessions.get', { sessionId });
        return noteOf(detail.documentState).includes('tanpa sinyal') ? true : undefined;
      },
      30_000,
    );
    for (const h of [supervisor, other, restored]) h.core.close();
  }, 90_000);
});

describe('a backup of a notebook that never joined a team', () => {
  it('keeps its case keys and restores fully offline, the index rebuilt', async () => {
    const alone = await vault();
    const { caseId, sessionId } = await caseWithNote(
      alone,
      'Teratai',
      'Catatan konselor yang bekerja sendiri',
    );
    const file = await downloadBackup(alone);
    alone.core.close();

    const { dbFile } = await openBackupAsAttacker(file);
    const db = new Database(dbFile, { readonly: true });
    expect(count(db, 'SELECT count(*) AS n FROM scope_keys WHERE scope_id = ?', caseId)).toBe(1);
    for (const docId of ALL_INDEX_DOCUMENTS) {
      expect(count(db, 'SELECT count(*) AS n FROM updates WHERE doc_id = ?', docId)).toBe(0);
    }
    db.close();

    const restored = await restoreOnNewDevice(file);
    const { cases } = await restored.call('cases.list', {});
    expect(cases.map((c) => c.alias)).toEqual(['Teratai']);
    const session = await restored.call('sessions.get', { sessionId });
    expect(noteOf(session.documentState)).toContain('bekerja sendiri');
    expect(session.alias).toBe('Teratai');
    const hits = await until('the note found by search', async () => {
      const { hits } = await restored.call('search.query', { text: 'sendiri' });
      return hits.length > 0 ? hits : undefined;
    });
    expect(hits[0]?.caseId).toBe(caseId);
    restored.core.close();
  });
});
