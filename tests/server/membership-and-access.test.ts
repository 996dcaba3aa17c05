import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, EntryKind, type MemberInfo } from '../../shared/sync';
import { initSodium } from '../../electron/core/crypto';
import { decodeInvite, joinTeam, keyFingerprint, verifyJoin } from '../../electron/core/sync';
import { openPayload } from '../../electron/core/sync/envelope';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { SyncServer } from '../../server';
import { converged, Device, makeTeam, sleep, startServer, tempDir } from '../sync/support/harness';
import { authenticate, RawConnection } from './support/raw';
import { storedInScopes } from './support/relay-store';

describe('membership, authentication and access scopes', () => {
  let server: SyncServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    await initSodium();
    tmp = tempDir();
    server = await startServer(tmp.dir);
  });
  afterAll(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it('a device that is not a member is refused and receives nothing', async () => {
    const { teamId, devices, scopeId } = await makeTeam(tmp.dir, server.url, 1);
    const [sup] = devices as [Device];
    sup.keys.docScope.set('doc-secret', scopeId);
    sup.edit('doc-secret', (t) => t.insert(0, 'only for members'));
    sup.client.start();
    await sup.client.whenIdle();

    const stranger = new Device({
      dir: tmp.dir,
      name: 'stranger',
      url: server.url,
      teamId,
      secrets: generateSecrets(),
    });
    stranger.client.start();
    for (let i = 0; i < 100 && stranger.client.status().state.kind !== 'error'; i++)
      await sleep(20);
    expect(stranger.client.status().state).toMatchObject({ kind: 'error' });
    expect(stranger.received).toEqual([]);

    // On the wire: an error frame and a closed socket, never a welcome or an entry.
    const { conn } = await authenticate(server.url, teamId, generateSecrets());
    expect((await conn.next('error')).code).toBe(ErrorCode.NotMember);
    await conn.closed();
    expect(conn.frames.filter((f) => f.t === 'welcome' || f.t === 'entries')).toEqual([]);
    await stranger.close();
    for (const d of devices) await d.close();
  });

  it('a captured authentication replayed on a new connection fails', async () => {
    const { teamId, secrets } = await makeTeam(tmp.dir, server.url, 0);
    const { conn, authBytes } = await authenticate(server.url, teamId, secrets[0] as never);
    await conn.next('welcome');
    conn.close();
    // An eavesdropper replays the exact bytes: the new connection has a new nonce.
    const replay = await RawConnection.open(server.url);
    replay.send(authBytes);
    expect((await replay.next('error')).code).toBe(ErrorCode.AuthFailed);
    await replay.closed();
    expect(replay.frames.some((f) => f.t === 'welcome')).toBe(false);
  });

  it('an invite works once, binds the joiner’s keys, and a substituted key fails the check', async () => {
    const { devices, teamId } = await makeTeam(tmp.dir, server.url, 0);
    const [sup] = devices as [Device];
    sup.client.start();
    await sup.client.whenIdle();
    const invite = await sup.client.createInvite('counselor');
    expect(decodeInvite(invite.code).serverUrl).toBe(server.url);
    const joiner = generateSecrets();
    const joined = await joinTeam({ code: invite.code, secrets: joiner });
    expect(joined.inviterPresent).toBe(true);
    expect(joined.role).toBe('counselor');
    await expect(joinTeam({ code: invite.code, secrets: generateSecrets() })).rejects.toThrow(
      /invite/,
    );
    await sleep(50);
    const member = sup.client.members().find((m) => m.memberNo === joined.memberNo);
    expect(member).toBeDefined();
    expect(verifyJoin(invite.secret, teamId, member as MemberInfo)).toBe(true);
    const mallory = generateSecrets();
    expect(
      verifyJoin(invite.secret, teamId, {
        ...(member as MemberInfo),
        boxPk: mallory.boxKeyPair.publicKey,
      }),
    ).toBe(false);
    // Counselors cannot invite.
    const counselor = new Device({
      dir: tmp.dir,
      name: 'c-inv',
      url: server.url,
      teamId,
      secrets: joiner,
    });
    counselor.client.start();
    await counselor.client.whenIdle();
    await expect(counselor.client.createInvite('counselor')).rejects.toThrow(
      new RegExp(`code ${ErrorCode.Forbidden}`),
    );
    await counselor.close();
    await sup.close();
  });

  it('key fingerprints are stable, readable and change with either key', () => {
    const a = generateSecrets();
    const b = generateSecrets();
    const fa = keyFingerprint(a.signKeyPair.publicKey, a.boxKeyPair.publicKey);
    expect(fa).toMatch(/^(\d{5} ){9}\d{5}$/);
    expect(keyFingerprint(a.signKeyPair.publicKey, a.boxKeyPair.publicKey)).toBe(fa);
    expect(keyFingerprint(a.signKeyPair.publicKey, b.boxKeyPair.publicKey)).not.toBe(fa);
    expect(keyFingerprint(b.signKeyPair.publicKey, a.boxKeyPair.publicKey)).not.toBe(fa);
  });

  it('a member removed from a scope cannot read what is written after the key rotation', async () => {
    // The counselor owns the case; a second counselor is on its list, then removed.
    const { devices, teamId } = await makeTeam(tmp.dir, server.url, 2, { sharedKeys: false });
    const [sup, owner, other] = devices as [Device, Device, Device];
    for (const d of devices) d.client.start();
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    const scopeId = 'case-removal-test';
    const k1 = owner.keys.rotate(scopeId);
    for (const d of devices) d.keys.docScope.set('doc-case', scopeId);
    const memberNoOf = (d: Device): number => d.client.status().memberNo as number;
    await owner.client.setScopeMembers(scopeId, [memberNoOf(other)]);
    owner.client.shareKey(k1, memberNoOf(other));
    owner.client.shareKey(k1, memberNoOf(sup));
    owner.edit('doc-case', (t) => t.insert(0, 'before removal. '));
    await converged(devices, 'doc-case', owner.text('doc-case'));
    expect(other.text('doc-case')).toBe('before removal. ');

    // Remove, rotate, share the new key with the supervisor only, write.
    await owner.client.setScopeMembers(scopeId, []);
    const k2 = owner.keys.rotate(scopeId);
    owner.client.shareKey(k2, memberNoOf(sup));
    owner.edit('doc-case', (t) => t.insert(t.length, 'after removal.'));
    await converged([owner, sup], 'doc-case', owner.text('doc-case'));
    await other.client.whenIdle();
    await sleep(100);
    expect(other.text('doc-case')).toBe('before removal. ');
    expect(other.keys.keys.get(scopeId)?.has(k2.keyId)).toBe(false);

    // Even with the ciphertext in hand (a leaking server), none of its keys opens it.
    await server.stop();
    const all = await storedInScopes(tmp.dir, teamId, [scopeId]);
    const later = all.filter((e) => e.kind === EntryKind.Update && e.keyId === k2.keyId);
    expect(later.length).toBeGreaterThan(0);
    for (const e of later) {
      for (const key of other.keys.keys.get(scopeId)?.values() ?? []) {
        expect(() => openPayload(e.body, e, key)).toThrow();
      }
      expect(other.keys.keyById('doc-case', e.keyId)).toBeUndefined();
    }
    server = await startServer(tmp.dir, undefined, 0);
    for (const d of devices) await d.close();
  });

  it('an entry that cannot be decrypted is quarantined, reported, and opened once its key arrives', async () => {
    const { devices } = await makeTeam(tmp.dir, server.url, 1, { sharedKeys: false });
    const [sup, counselor] = devices as [Device, Device];
    const problems: string[] = [];
    const reader = new Device({
      ...counselor.options,
      name: 'reader-q',
      keys: counselor.keys,
      client: { onProblem: (p) => problems.push(p.reason) },
    });
    await counselor.close();
    const scopeId = 'case-quarantine';
    const k = sup.keys.rotate(scopeId);
    for (const d of [sup, reader]) {
      d.keys.docScope.set('doc-q', scopeId);
      d.keys.docScope.set('doc-open', 'case-open');
    }
    const open = sup.keys.rotate('case-open');
    reader.keys.add('case-open', open.keyId, open.key);
    sup.client.start();
    reader.client.start();
    await Promise.all([sup.client.whenIdle(), reader.client.whenIdle()]);
    const readerNo = reader.client.status().memberNo as number;
    await sup.client.setScopeMembers(scopeId, [readerNo]);
    await sup.client.setScopeMembers('case-open', [readerNo]);
    sup.edit('doc-q', (t) => t.insert(0, 'waiting for a key'));
    sup.edit('doc-open', (t) => t.insert(0, 'readable now'));
    await converged([sup, reader], 'doc-open', 'readable now');
    await sleep(100);
    expect(reader.client.status().quarantined).toBeGreaterThan(0);
    expect(problems.some((p) => /no key/.test(p))).toBe(true);
    expect(reader.text('doc-q')).toBe('');

    sup.client.shareKey(k, readerNo);
    await converged([sup, reader], 'doc-q', 'waiting for a key');
    expect(reader.client.status().quarantined).toBe(0);
    await sup.close();
    await reader.close();
  });

  it('edits made offline under a key rotated meanwhile go out under the current key', async () => {
    const { devices, scopeId } = await makeTeam(tmp.dir, server.url, 1, { sharedKeys: false });
    const [sup, counselor] = devices as [Device, Device];
    const old = sup.keys.current.get(scopeId) as string;
    const oldKey = sup.keys.keys.get(scopeId)?.get(old) as Uint8Array;
    counselor.keys.add(scopeId, old, oldKey);
    for (const d of devices) d.keys.docScope.set('doc-rot', scopeId);
    // Offline: the counselor writes under the old key.
    counselor.edit('doc-rot', (t) => t.insert(0, 'written offline; '));
    // Meanwhile the case key is rotated and the new key reaches the counselor's keyring.
    const next = sup.keys.rotate(scopeId);
    counselor.keys.add(scopeId, next.keyId, next.key);
    // A reader that holds ONLY the new key.
    sup.keys.keys.get(scopeId)?.delete(old);
    sup.client.start();
    counselor.client.start();
    await converged([sup, counselor], 'doc-rot', 'written offline; ');
    expect(sup.client.status().quarantined).toBe(0);
    expect(counselor.client.status().pending).toBe(0);
    for (const d of devices) await d.close();
  });

  it('a client reports its status: pending changes, traffic and the last sync', async () => {
    const { devices, scopeId } = await makeTeam(tmp.dir, server.url, 0);
    const [sup] = devices as [Device];
    sup.keys.docScope.set('doc-status', scopeId);
    sup.edit('doc-status', (t) => t.insert(0, 'x'));
    expect(sup.client.status()).toMatchObject({ state: { kind: 'offline' }, pending: 1 });
    sup.client.start();
    await sup.client.whenIdle();
    const s = sup.client.status();
    expect(s.state.kind).toBe('up-to-date');
    expect(s.pending).toBe(0);
    expect(s.bytesSent).toBeGreaterThan(0);
    expect(s.bytesReceived).toBeGreaterThan(0);
    expect(s.lastSyncedAt).not.toBeNull();
    await sup.close();
  });
});
