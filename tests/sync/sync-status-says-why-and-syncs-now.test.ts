import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineReason } from '../../electron/core/sync/connection-problem';
import { SqliteStorage } from '../../server';
import { makeTeam, sleep, startServer, tempDir } from './support/harness';

/** Polls until `check` holds (the client reports through timers and sockets). */
async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('why the sync client is offline', () => {
  it('says "no internet" when the machine has no network and the relay is elsewhere', () => {
    const reason = offlineReason(
      'wss://relay.example.org',
      new Error('getaddrinfo EAI_AGAIN'),
      () => false,
    );
    expect(reason.cause).toBe('noInternet');
  });

  it('says "unreachable" for a refused connection to a relay on this computer, online or not', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8811'), {
      code: 'ECONNREFUSED',
    });
    expect(offlineReason('ws://127.0.0.1:8811', refused, () => false).cause).toBe('unreachable');
    expect(offlineReason('ws://127.0.0.1:8811', refused, () => true)).toEqual({
      cause: 'unreachable',
      detail: 'connect ECONNREFUSED 127.0.0.1:8811',
    });
  });

  it('keeps the error code as detail when the message does not quote it (TLS errors)', () => {
    const tls = Object.assign(new Error('unable to verify the first certificate'), {
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    const reason = offlineReason('wss://relay.example.org', tls, () => true);
    expect(reason.cause).toBe('tls');
    expect(reason.detail).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});

describe('the sync client when its relay stops and returns', () => {
  it('reports the relay unreachable with the socket error, counts waiting changes per document, and syncs now on request', async () => {
    const tmp = tempDir();
    let server = await startServer(tmp.dir);
    const port = server.port;
    const url = `ws://127.0.0.1:${port}`;
    // A long backoff: only "sync now" brings the client back within the test.
    const { devices, scopeId } = await makeTeam(tmp.dir, url, 0, {
      client: { backoff: { baseMs: 60_000, maxMs: 60_000 }, online: () => true },
    });
    const device = devices[0];
    if (!device) throw new Error('no device');
    const { client } = device;
    try {
      client.start();
      await client.whenIdle();
      await server.stop();
      await until(() => client.status().state.kind === 'offline');
      const offline = client.status().state;
      expect(offline).toMatchObject({ kind: 'offline', cause: 'unreachable' });

      // One revision of one session, typed as 21 separate updates while the relay is away.
      device.keys.docScope.set('session-doc', scopeId);
      for (let i = 0; i < 21; i++) device.edit('session-doc', (t) => t.insert(t.length, `${i}`));
      expect(client.status().pending).toBe(21);
      expect(client.status().pendingDocuments).toBe(1);
      expect(client.pendingDocuments()).toEqual(['session-doc']);

      // Attempts are refused while it is down, and still say why.
      client.syncNow();
      await until(() => {
        const s = client.status().state;
        return s.kind === 'offline' && (s.detail ?? '').includes('ECONNREFUSED');
      });

      server = await startServer(tmp.dir, new SqliteStorage(join(tmp.dir, 'relay')), port);
      client.syncNow();
      await client.whenIdle(10_000);
      expect(client.status().pendingDocuments).toBe(0);
      expect(client.pendingDocuments()).toEqual([]);
    } finally {
      await device.close();
      await server.stop();
      tmp.cleanup();
    }
  }, 30_000);

  it('does not come back to life on "sync now" after it was stopped', async () => {
    const tmp = tempDir();
    const server = await startServer(tmp.dir);
    const { devices } = await makeTeam(tmp.dir, `ws://127.0.0.1:${server.port}`, 0);
    const device = devices[0];
    if (!device) throw new Error('no device');
    try {
      device.client.start();
      await device.client.whenIdle();
      await device.client.stop();
      device.client.syncNow();
      await sleep(100);
      expect(device.client.status().state.kind).toBe('offline');
    } finally {
      await device.close();
      await server.stop();
      tmp.cleanup();
    }
  });
});
