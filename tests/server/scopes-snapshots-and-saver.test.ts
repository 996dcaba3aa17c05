import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EntryKind } from '../../shared/sync';
import { randomBytes } from '../../electron/core/crypto';
import { storedInScopes } from './support/relay-store';
import {
  converged,
  Device,
  makeTeam,
  relayForSuite,
  sleep,
  takeTurns,
} from '../sync/support/harness';

describe('scope backfill, snapshots and the data saver', () => {
  const relay = relayForSuite();

  it('a member added to a scope later receives its whole history', async () => {
    const { devices } = await makeTeam(relay.dir, relay.server.url, 2);
    const [, owner, late] = devices as [Device, Device, Device];
    for (const d of devices) d.client.start();
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    const scopeId = 'case-added-later';
    owner.keys.rotate(scopeId);
    for (const d of devices) d.keys.docScope.set('doc-history', scopeId);
    owner.edit('doc-history', (t) => t.insert(0, 'written before you were added. '));
    await owner.client.whenIdle();
    // The late member's cursor passes these entries without seeing them.
    late.keys.rotate('case-late-own');
    late.keys.docScope.set('doc-other', 'case-late-own');
    late.edit('doc-other', (t) => t.insert(0, 'x'));
    await late.client.whenIdle();
    await sleep(100);
    expect(late.text('doc-history')).toBe('');
    await owner.client.setScopeMembers(scopeId, [late.client.status().memberNo as number]);
    await converged([owner, late], 'doc-history', 'written before you were added. ');
    for (const d of devices) await d.close();
  });

  it('snapshots let the relay drop old updates and a new device still gets everything', async () => {
    const { devices, scopeId, teamId, secrets } = await makeTeam(relay.dir, relay.server.url, 1, {
      client: { snapshotAfter: { entries: 5, bytes: 1 << 20 } },
    });
    const [a, b] = devices as [Device, Device];
    for (const d of devices) {
      d.keys.docScope.set('doc-snap', scopeId);
      d.client.start();
    }
    await takeTurns([a, b], 'doc-snap', 30, 15);
    const expected = a.text('doc-snap');
    await converged(devices, 'doc-snap', expected);
    await sleep(200);
    await converged(devices, 'doc-snap', expected);

    const ofDoc = (await storedInScopes(relay.dir, teamId, [scopeId])).filter(
      (e) => e.docId === 'doc-snap',
    );
    expect(ofDoc.some((e) => e.kind === EntryKind.Snapshot)).toBe(true);
    expect(ofDoc.filter((e) => e.kind === EntryKind.Update).length).toBeLessThan(20);
    // Numbered updates after the last snapshot: the new device must find them continuing it.
    for (const line of ['after the snapshot. ', 'and once more. ']) {
      a.edit('doc-snap', (t) => t.insert(t.length, line));
      a.client.flush();
      await a.client.whenIdle();
    }
    const latest = a.text('doc-snap');

    const fresh = new Device({
      dir: relay.dir,
      name: 'snap-fresh',
      url: relay.server.url,
      teamId,
      secrets: secrets[1] as never,
      keys: b.keys,
    });
    fresh.client.start();
    await converged([fresh], 'doc-snap', latest);
    // The snapshot's frontier accounts for every numbered update the relay dropped under it.
    await fresh.client.whenIdle();
    expect(fresh.client.history().missing).toEqual([]);
    for (const d of devices) expect(d.client.history().missing).toEqual([]);
    for (const d of [...devices, fresh]) await d.close();
  });

  it('the data saver defers a large first download until large transfers are allowed', async () => {
    const { devices, scopeId, teamId, secrets } = await makeTeam(relay.dir, relay.server.url, 1);
    const [writer] = devices as [Device];
    writer.keys.docScope.set('doc-big', scopeId);
    // Incompressible text, so the download is really larger than the threshold.
    writer.edit('doc-big', (t) => t.insert(0, Buffer.from(randomBytes(30_000)).toString('base64')));
    writer.client.start();
    await writer.client.whenIdle();
    const saver = new Device({
      dir: relay.dir,
      name: 'saver',
      url: relay.server.url,
      teamId,
      secrets: secrets[1] as never,
      keys: writer.keys,
      client: { dataSaver: { enabled: true, thresholdBytes: 4096 } },
    });
    saver.client.start();
    for (let i = 0; i < 100 && saver.client.status().deferredBytes === 0; i++) await sleep(20);
    expect(saver.client.status().deferredBytes).toBeGreaterThan(4096);
    expect(saver.received).toEqual([]);
    // Pushing is never held back.
    saver.edit('doc-big', (t) => t.insert(0, 'from the saver: '));
    await sleep(100);
    expect(saver.client.status().pending).toBe(0);

    saver.client.allowLargeTransfers();
    await converged([saver, writer], 'doc-big', writer.text('doc-big'));
    expect(saver.client.status().deferredBytes).toBe(0);
    for (const d of [...devices, saver]) await d.close();
  });

  it('an update too large for a frame is kept and reported, and does not block the rest', async () => {
    const problems: string[] = [];
    const { devices, scopeId } = await makeTeam(relay.dir, relay.server.url, 1, {
      client: { onProblem: (p) => problems.push(p.reason) },
    });
    const [a, b] = devices as [Device, Device];
    for (const d of devices) {
      d.keys.docScope.set('doc-huge', scopeId);
      d.keys.docScope.set('doc-small', scopeId);
      d.client.start();
    }
    a.edit('doc-huge', (t) => t.insert(0, nodeRandomBytes(1_100_000).toString('base64')));
    a.edit('doc-small', (t) => t.insert(0, 'still arrives'));
    await converged([a, b], 'doc-small', 'still arrives');
    expect(problems).toContain('too large to send');
    expect(a.client.status().refused).toBe(1);
    expect(b.text('doc-huge')).toBe('');
    for (const d of devices) await d.close();
  });
});
