import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AckStatus,
  encodeClientFrame,
  ErrorCode,
  MAX_FRAME_BYTES,
  type OutEntry,
} from '../../shared/sync';
import type { SyncServer } from '../../server';
import { converged, makeTeam, startServer, tempDir, type Device } from '../sync/support/harness';
import { authenticate, RawConnection, signedEntry } from './support/raw';
import type { AccountSecrets } from '../../electron/core/vault';

/**
 * Bad frames close the connection that sent them, with a logged reason; the server and every
 * other connection carry on.
 */
describe('the relay refuses bad frames and keeps serving everyone else', () => {
  let server: SyncServer;
  let tmp: ReturnType<typeof tempDir>;
  let teamId: Uint8Array;
  let devices: Device[];
  let scopeId: string;
  let secrets: AccountSecrets[];
  const DOC = 'doc-frames';

  function update(text: string): Uint8Array {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, text);
    return Y.encodeStateAsUpdate(doc);
  }

  function entry(by = 0, text = 'hello'): OutEntry {
    const keys = devices[0]?.keys;
    const current = keys?.current.get(scopeId) as string;
    return signedEntry({
      teamId,
      secrets: secrets[by] as AccountSecrets,
      // Raw pushes go to their own document: the real devices' note stays theirs alone.
      docId: 'doc-raw',
      scopeId,
      keyId: current,
      key: keys?.keys.get(scopeId)?.get(current) as Uint8Array,
      update: update(text),
    });
  }

  async function member(by = 0): Promise<RawConnection> {
    const { conn } = await authenticate(server.url, teamId, secrets[by] as AccountSecrets);
    await conn.next('welcome');
    return conn;
  }

  /** A real client on another connection still syncs after each refusal. */
  async function othersStillServed(label: string): Promise<void> {
    const [a, b] = devices as [Device, Device];
    a.edit(DOC, (t) => t.insert(t.length, `${label};`));
    await converged([a, b], DOC, a.text(DOC));
    expect(b.text(DOC)).toContain(`${label};`);
  }

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer(tmp.dir);
    ({ teamId, devices, scopeId, secrets } = await makeTeam(tmp.dir, server.url, 1));
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await server.stop();
    tmp.cleanup();
  });

  it('a tampered entry (one ciphertext byte flipped) is refused and its connection closed', async () => {
    const conn = await member();
    const e = entry();
    const body = e.body.slice();
    body[body.length - 1] = (body[body.length - 1] as number) ^ 1;
    conn.send({ t: 'push', entries: [{ ...e, body }] });
    const error = await conn.next('error');
    expect(error.code).toBe(ErrorCode.BadSignature);
    expect(await conn.closed()).toBe(1008);
    await othersStillServed('after-tamper');
  });

  it('an entry signed by one member and replayed by another is refused', async () => {
    const conn = await member(1);
    conn.send({ t: 'push', entries: [entry(0)] });
    expect((await conn.next('error')).code).toBe(ErrorCode.BadSignature);
    await conn.closed();
    await othersStillServed('after-foreign-replay');
  });

  it('a replayed push is acknowledged again under the same sequence number and stored once', async () => {
    const conn = await member();
    const e = entry(0, 'once');
    conn.send({ t: 'push', entries: [e] });
    const first = (await conn.next('ack')).results[0];
    conn.send({ t: 'push', entries: [e] });
    const second = (await conn.next('ack')).results[0];
    expect(first?.status).toBe(AckStatus.Stored);
    expect(second?.status).toBe(AckStatus.Duplicate);
    expect(second?.seq).toBe(first?.seq);
    conn.close();
  });

  it('a frame out of order (a push before authenticating) is refused', async () => {
    const conn = await RawConnection.open(server.url);
    conn.send({ t: 'push', entries: [entry()] });
    expect((await conn.next('error')).code).toBe(ErrorCode.Unexpected);
    expect(await conn.closed()).toBe(1008);
    await othersStillServed('after-reorder');
  });

  it('a second authentication on an authenticated connection is refused', async () => {
    const { conn, authBytes } = await authenticate(
      server.url,
      teamId,
      secrets[0] as AccountSecrets,
    );
    await conn.next('welcome');
    conn.send(authBytes);
    expect((await conn.next('error')).code).toBe(ErrorCode.Unexpected);
    await conn.closed();
  });

  it('a truncated frame is refused', async () => {
    const conn = await member();
    const bytes = encodeClientFrame({ t: 'push', entries: [entry()] });
    conn.send(bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await conn.next('error');
    expect(error.code).toBe(ErrorCode.BadFrame);
    expect(error.reason).toMatch(/truncated/);
    await conn.closed();
    await othersStillServed('after-truncated');
  });

  it('a frame with trailing garbage or a malformed field is refused', async () => {
    const conn = await member();
    const bytes = encodeClientFrame({ t: 'ping' });
    conn.send(Uint8Array.from([...bytes, 1, 2, 3]));
    expect((await conn.next('error')).code).toBe(ErrorCode.BadFrame);
    await conn.closed();
  });

  it('an unknown frame type is refused', async () => {
    const conn = await member();
    conn.send(Uint8Array.from([99, 1, 2]));
    expect((await conn.next('error')).code).toBe(ErrorCode.UnknownFrame);
    await conn.closed();
    await othersStillServed('after-unknown');
  });

  it('a text frame is refused', async () => {
    const conn = await member();
    conn.ws.send('hello');
    expect((await conn.next('error')).code).toBe(ErrorCode.BadFrame);
    await conn.closed();
  });

  it('an oversized frame is refused by the socket before it is read', async () => {
    const conn = await member();
    conn.send(new Uint8Array(MAX_FRAME_BYTES + 1024).fill(36));
    expect(await conn.closed()).toBe(1009);
    await othersStillServed('after-oversized');
  });

  it('a connection that never authenticates is closed', async () => {
    const { SyncServer: Server, SqliteStorage, silentServerLogger } = await import('../../server');
    const quick = await Server.start({
      storage: new SqliteStorage(`${tmp.dir}/quick`),
      log: silentServerLogger(),
      authTimeoutMs: 200,
    });
    const conn = await RawConnection.open(quick.url);
    expect((await conn.next('error', 3000)).code).toBe(ErrorCode.Timeout);
    await conn.closed();
    await quick.stop();
  });

  it('the health endpoint answers with JSON', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; storage: string };
    expect(body.status).toBe('ok');
    expect(body.storage).toBe('sqlite');
  });
});
