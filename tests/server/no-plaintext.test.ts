import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../server';
import { converged, makeTeam, startServer, tempDir, type Device } from '../sync/support/harness';

/** Every file under `dir`, recursively (the relay's db, -wal and -shm). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function findings(dir: string, needles: string[]): string[] {
  const out: string[] = [];
  for (const file of files(dir)) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(needle, encoding)))
          out.push(`${file}: ${needle} (${encoding})`);
      }
    }
  }
  return out;
}

describe('the relay stores no plaintext', () => {
  let server: SyncServer;
  let tmp: ReturnType<typeof tempDir>;
  let relayDir: string;

  beforeAll(async () => {
    tmp = tempDir();
    relayDir = join(tmp.dir, 'relay');
    server = await startServer(tmp.dir);
  });
  afterAll(() => tmp.cleanup());

  it('distinctive strings written through clients appear nowhere in its data directory', async () => {
    const { devices, scopeId } = await makeTeam(tmp.dir, server.url, 1);
    const [a, b] = devices as [Device, Device];
    const needles = [
      'KlienBernamaSitiAminah',
      'RisikoBunuhDiriTinggi',
      'catatan-sesi-rahasia-7731',
      'Jl. Melati No. 12, Kupang',
    ];
    for (const d of devices) {
      d.keys.docScope.set('doc-leak', scopeId);
      d.keys.docScope.set('doc-leak-big', scopeId);
    }
    for (const needle of needles) a.edit('doc-leak', (t) => t.insert(t.length, `${needle}\n`));
    // A large, repetitive note (compressible) and a snapshot-sized one.
    b.edit('doc-leak-big', (t) => t.insert(0, `${needles.join(' ')} `.repeat(400)));
    a.client.start();
    b.client.start();
    await converged(devices, 'doc-leak', a.text('doc-leak'));
    await converged(devices, 'doc-leak-big', b.text('doc-leak-big'));
    expect(a.text('doc-leak')).toContain(needles[0]);

    // While running: the WAL and shared-memory files hold the recent writes.
    expect(files(relayDir).some((f) => f.endsWith('-wal'))).toBe(true);
    expect(findings(relayDir, needles)).toEqual([]);
    for (const d of devices) await d.close();
    await server.stop();
    // After a clean stop (checkpointed into the main file).
    expect(findings(relayDir, needles)).toEqual([]);
  });
});
