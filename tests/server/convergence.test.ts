import { describe, expect, it } from 'vitest';
import type { SyncServer } from '../../server';
import {
  converged,
  allIdle,
  expectedText,
  makeTeam,
  rng,
  sleep,
  relayForSuite,
  type Device,
} from '../sync/support/harness';

/**
 * Property-style convergence: devices edit one Yjs document while offline, with random edits,
 * random connects and disconnects (also in the middle of a push) and a random reconnect order.
 * At the end every device holds the same text, and that text is the merge of every local update
 * any device ever made: nothing acknowledged (nor anything else) was lost.
 */
const DOC = 'doc-shared-note';

function randomEdit(device: Device, random: () => number, tag: string): void {
  device.edit(DOC, (text) => {
    const len = text.length;
    if (len > 20 && random() < 0.3) {
      const at = Math.floor(random() * (len - 5));
      text.delete(at, 1 + Math.floor(random() * 4));
    } else {
      text.insert(Math.floor(random() * (len + 1)), `${tag} `);
    }
  });
}

async function runSeed(server: SyncServer, dir: string, seed: number, counselors: number) {
  const random = rng(seed);
  const { devices, scopeId } = await makeTeam(dir, server.url, counselors);
  for (const d of devices) d.keys.docScope.set(DOC, scopeId);
  try {
    const online = devices.map(() => false);
    const steps = 25 + Math.floor(random() * 25);
    for (let step = 0; step < steps; step++) {
      const i = Math.floor(random() * devices.length);
      const d = devices[i] as Device;
      const r = random();
      if (r < 0.6) {
        randomEdit(d, random, `s${seed}d${i}e${step}`);
      } else if (r < 0.8) {
        if (online[i]) await d.client.stop();
        else d.client.start();
        online[i] = !online[i];
      } else if (r < 0.9) {
        d.client.flush();
      } else {
        await sleep(Math.floor(random() * 15));
      }
    }
    // Reconnect in a random order.
    const order = devices.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) {
      if (!online[i]) devices[i]?.client.start();
      await sleep(Math.floor(random() * 10));
    }
    const expected = expectedText(devices);
    await converged(devices, DOC, expected);
    const texts = devices.map((d) => d.text(DOC));
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toBe(expected);
    for (const d of devices) expect(d.client.status().pending).toBe(0);
    // An honest relay, however often devices drop: nothing missing, nothing forked.
    await allIdle(devices);
    for (const d of devices) {
      expect(d.client.history().missing).toEqual([]);
      expect(d.client.history().events.filter((e) => e.kind === 'forked')).toEqual([]);
    }
  } finally {
    for (const d of devices) await d.close();
  }
}

describe('devices editing one document offline converge through the relay', () => {
  const relay = relayForSuite();

  it('two devices end identical with every edit present, over many random seeds', async () => {
    for (let seed = 1; seed <= 40; seed++) await runSeed(relay.server, relay.dir, seed, 1);
  }, 60_000);

  it('three devices end identical with every edit present, over many random seeds', async () => {
    for (let seed = 101; seed <= 130; seed++) await runSeed(relay.server, relay.dir, seed, 2);
  }, 60_000);
});
