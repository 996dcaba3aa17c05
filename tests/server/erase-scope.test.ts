import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/sync';
import type { SyncServer } from '../../server';
import { SqliteStorage } from '../../server/storage/sqlite';
import { storedInScopes } from './support/relay-store';
import { converged, Device, makeTeam, sleep, startServer, tempDir } from '../sync/support/harness';

const relayFiles = (dir: string): Buffer =>
  Buffer.concat(
    ['relay.sqlite', 'relay.sqlite-wal']
      .map((f) => join(dir, 'relay', f))
      .filter(existsSync)
      .map((f) => readFileSync(f)),
  );

describe('erasing a scope on the relay (crypto-shredding)', () => {
  let server: SyncServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer(tmp.dir);
  });
  afterAll(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it('drops every entry of the scope, refuses what is written to it later, and leaves other scopes alone', async () => {
    const { devices, teamId } = await makeTeam(tmp.dir, server.url, 2, { sharedKeys: false });
    const [sup, owner, other] = devices as [Device, Device, Device];
    for (const d of devices) d.client.start();
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    const scopeId = 'case-to-erase';
    const key = owner.keys.rotate(scopeId);
    const kept = owner.keys.rotate('case-kept');
    for (const d of devices) {
      d.keys.docScope.set('doc-erase', scopeId);
      d.keys.docScope.set('doc-kept', 'case-kept');
    }
    const supNo = sup.client.status().memberNo as number;
    owner.client.shareKey(key, supNo);
    owner.client.shareKey(kept, supNo);
    owner.edit('doc-erase', (t) => t.insert(0, 'catatan yang akan dihapus'));
    owner.edit('doc-kept', (t) => t.insert(0, 'catatan yang tetap'));
    await converged([owner, sup], 'doc-erase', 'catatan yang akan dihapus');
    await converged([owner, sup], 'doc-kept', 'catatan yang tetap');

    // Grab ciphertext the relay holds for the scope, to look for it in its files afterwards
    // (a second connection to the relay's database, as a reader beside the running relay).
    const before = await storedInScopes(tmp.dir, teamId, [scopeId]);
    expect(before.length).toBeGreaterThan(0);

    // Neither a counselor who does not own the case nor anyone outside it may erase it.
    await expect(other.client.eraseScope(scopeId)).rejects.toThrow(
      new RegExp(`code ${ErrorCode.Forbidden}`),
    );
    await sup.client.eraseScope(scopeId);
    // Erasing again is harmless (a retry after a lost answer).
    await sup.client.eraseScope(scopeId);

    // The owner, still holding the key, writes again: the relay refuses it.
    owner.edit('doc-erase', (t) => t.insert(0, 'ditulis sesudah penghapusan; '));
    await owner.client.whenIdle();
    await sleep(100);

    for (const d of devices) await d.close();
    await server.stop();
    expect(await storedInScopes(tmp.dir, teamId, [scopeId])).toEqual([]);
    expect((await storedInScopes(tmp.dir, teamId, ['case-kept'])).length).toBeGreaterThan(0);
    const storage = new SqliteStorage(join(tmp.dir, 'relay'));
    expect((await storage.scopes(teamId)).map((s) => s.scopeId)).not.toContain(scopeId);
    await storage.close();
    const files = relayFiles(tmp.dir);
    for (const entry of before) {
      expect(files.indexOf(Buffer.from(entry.body.subarray(0, 48)))).toBe(-1);
    }
    server = await startServer(tmp.dir);
  });
});
