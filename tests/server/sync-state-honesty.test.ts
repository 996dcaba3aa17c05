import { describe, expect, it } from 'vitest';
import { Device, makeTeam, relayForSuite, sleep } from '../sync/support/harness';

/**
 * What the Sync screen says must be true: "up to date" only when every local change has reached
 * the relay. A counselor who closes the laptop on "up to date" must not lose the last sentence.
 */
describe('the sync state a person sees', () => {
  const relay = relayForSuite();

  it('says syncing from the moment of a local change until the relay acknowledges it', async () => {
    const { devices, scopeId } = await makeTeam(relay.dir, relay.server.url, 0, {
      client: { batchDelayMs: 200 },
    });
    const [sup] = devices as [Device];
    sup.keys.docScope.set('doc-a', scopeId);
    sup.client.start();
    await sup.client.whenIdle();
    expect(sup.client.status().state.kind).toBe('up-to-date');

    sup.edit('doc-a', (t) => t.insert(0, 'the last sentence before closing the laptop'));
    // Still inside the batch window: nothing has been sent yet.
    expect(sup.client.status().state.kind).toBe('syncing');
    expect(sup.client.status().pending).toBeGreaterThan(0);

    await sup.client.whenIdle();
    expect(sup.client.status().state.kind).toBe('up-to-date');
    expect(sup.client.status().pending).toBe(0);
    await sup.close();
  });

  it('does not stay syncing for a change that cannot be sent yet', async () => {
    const { devices } = await makeTeam(relay.dir, relay.server.url, 0, {
      client: { batchDelayMs: 20 },
    });
    const [sup] = devices as [Device];
    sup.client.start();
    await sup.client.whenIdle();

    // No case key for this document yet: it waits in the outbox, and the client says what it is.
    sup.edit('doc-without-key', (t) => t.insert(0, 'waits for its key'));
    for (let i = 0; i < 100 && sup.client.status().state.kind !== 'up-to-date'; i++)
      await sleep(10);
    expect(sup.client.status().state.kind).toBe('up-to-date');
    expect(sup.client.status().pending).toBe(1);
    await sup.close();
  });
});
