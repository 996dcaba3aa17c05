import { describe, expect, it } from 'vitest';
import { AckStatus, EntryKind, ErrorCode, type EntryHeader } from '../../shared/sync';
import { randomBytes } from '../../electron/core/crypto';
import { newId, signEntry } from '../../electron/core/sync/identity';
import type { AccountSecrets } from '../../electron/core/vault';
import { storedInScopes } from './support/relay-store';
import {
  converged,
  Device,
  makeTeam,
  relayForSuite,
  sleep,
  takeTurns,
} from '../sync/support/harness';
import { authenticate, type RawConnection } from './support/raw';

/** What the relay holds of one document, read straight from its database. */
async function storedOf(dir: string, teamId: Uint8Array, scopeId: string, docId: string) {
  const ofDoc = (await storedInScopes(dir, teamId, [scopeId])).filter((e) => e.docId === docId);
  return {
    updates: ofDoc.filter((e) => e.kind === EntryKind.Update),
    snapshots: ofDoc.filter((e) => e.kind === EntryKind.Snapshot),
  };
}

/** A snapshot entry, correctly signed, whose body is noise nobody can decrypt. */
function junkSnapshot(
  teamId: Uint8Array,
  secrets: AccountSecrets,
  docId: string,
  scopeId: string,
  covers: number,
) {
  const header: EntryHeader = {
    kind: EntryKind.Snapshot,
    docId,
    scopeId,
    updateId: newId(),
    keyId: 'k-junk',
    aux: covers,
  };
  const body = randomBytes(512);
  return { ...header, body, sig: signEntry(teamId, header, body, secrets.signKeyPair.privateKey) };
}

/** Frames are handled in order: once the pong is back, everything sent before it was. */
async function handled(conn: RawConnection): Promise<void> {
  conn.send({ t: 'ping' });
  await conn.next('pong');
}

describe('snapshots prune history only once another member confirmed them', () => {
  const relay = relayForSuite();

  it('a member pushing an undecryptable snapshot destroys no history: the others keep it all and converge', async () => {
    const problems: string[] = [];
    const { devices, scopeId, teamId, secrets } = await makeTeam(relay.dir, relay.server.url, 1, {
      client: { onProblem: (p) => problems.push(p.reason) },
    });
    const [a, b] = devices as [Device, Device];
    for (const d of devices) {
      d.keys.docScope.set('doc-junk', scopeId);
      d.client.start();
    }
    await takeTurns([a, b], 'doc-junk', 12, 10);
    const expected = a.text('doc-junk');
    await converged(devices, 'doc-junk', expected);
    const before = await storedOf(relay.dir, teamId, scopeId, 'doc-junk');

    // The attack: the supervisor's account, a writer of the scope, claims a snapshot covering all.
    const { conn } = await authenticate(relay.server.url, teamId, secrets[0] as AccountSecrets);
    const { teamSeq } = await conn.next('welcome');
    conn.send({
      t: 'push',
      entries: [junkSnapshot(teamId, secrets[0] as AccountSecrets, 'doc-junk', scopeId, teamSeq)],
    });
    expect((await conn.next('ack')).results[0]?.status).toBe(AckStatus.Stored);
    // Its own confirmation does not count.
    const junkSeq = teamSeq + 1;
    conn.send({ t: 'snapshot-ok', docId: 'doc-junk', seq: junkSeq });
    await handled(conn);
    conn.close();

    await sleep(200);
    const after = await storedOf(relay.dir, teamId, scopeId, 'doc-junk');
    expect(after.updates.map((e) => e.seq)).toEqual(before.updates.map((e) => e.seq));
    expect(after.snapshots.map((e) => e.seq)).toContain(junkSeq);
    // The counselor could not open it, said so, and confirmed nothing.
    expect(problems.some((p) => p.includes('could not be decrypted') || p.includes('no key'))).toBe(
      true,
    );

    // A device starting from nothing gets the junk snapshot and every update: it converges.
    const fresh = new Device({
      dir: relay.dir,
      name: 'junk-fresh',
      url: relay.server.url,
      teamId,
      secrets: secrets[1] as AccountSecrets,
      keys: b.keys,
    });
    fresh.client.start();
    await converged([fresh], 'doc-junk', expected);
    a.edit('doc-junk', (t) => t.insert(0, 'after the attack\n'));
    await converged([a, b, fresh], 'doc-junk', `after the attack\n${expected}`);
    for (const d of [...devices, fresh]) await d.close();
  });

  it('a snapshot covering a sequence number beyond the team head is refused', async () => {
    const { teamId, scopeId, secrets } = await makeTeam(relay.dir, relay.server.url, 0);
    const { conn } = await authenticate(relay.server.url, teamId, secrets[0] as AccountSecrets);
    const { teamSeq } = await conn.next('welcome');
    const ahead = junkSnapshot(
      teamId,
      secrets[0] as AccountSecrets,
      'doc-ahead',
      scopeId,
      teamSeq + 1000,
    );
    conn.send({ t: 'push', entries: [ahead] });
    const [result] = (await conn.next('ack')).results;
    expect(result).toMatchObject({ status: AckStatus.Refused, code: ErrorCode.BadFrame });
    conn.close();
  });
});
