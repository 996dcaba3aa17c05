import { describe, expect, it } from 'vitest';
import {
  converged,
  expectedText,
  makeTeam,
  rng,
  sleep,
  relayForSuite,
} from '../sync/support/harness';
import { FaultProxy } from './support/fault-proxy';

/**
 * Every device reaches the relay through a proxy that splits, delays and cuts the TCP stream at
 * random points (mid-frame too). Resends after a lost acknowledgement must be harmless, and when
 * the link calms down every device must hold every edit.
 */
describe('sync through a faulty network', () => {
  const relay = relayForSuite();

  it('devices behind a proxy that drops, delays and splits converge without loss over many rounds', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const random = rng(seed * 31337);
      const proxy = new FaultProxy({ host: '127.0.0.1', port: relay.server.port }, random);
      const port = await proxy.start();
      proxy.calm(); // while the team is set up
      const { devices, scopeId } = await makeTeam(relay.dir, relay.server.url, 2, {
        client: { url: `ws://127.0.0.1:${port}` },
      });
      proxy.rough();
      const DOC = `doc-faulty-${seed}`;
      for (const d of devices) {
        d.keys.docScope.set(DOC, scopeId);
        d.client.start();
      }
      try {
        for (let round = 0; round < 30; round++) {
          for (const [i, d] of devices.entries()) {
            if (random() < 0.7) {
              d.edit(DOC, (t) =>
                t.insert(Math.floor(random() * (t.length + 1)), `f${seed}r${round}d${i} `),
              );
            }
          }
          if (random() < 0.15) proxy.cutAll();
          await sleep(5 + Math.floor(random() * 20));
        }
        proxy.calm();
        const expected = expectedText(devices);
        await converged(devices, DOC, expected, 30_000);
        expect(new Set(devices.map((d) => d.text(DOC))).size).toBe(1);
        expect(proxy.cuts).toBeGreaterThan(0);
      } finally {
        for (const d of devices) await d.close();
        await proxy.stop();
      }
    }
  }, 60_000);
});
