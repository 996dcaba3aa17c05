import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStorage, SyncServer, silentServerLogger } from '../../../server';
import { tempDir } from '../../sync/support/harness';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

/** An address of this machine that is not loopback, so plain ws:// to it leaves the machine. */
const outward = Object.values(networkInterfaces())
  .flat()
  .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal)?.address;

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

/** The code and message of the call's failure. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; message?: string } | undefined;
  if (!error) throw new Error('expected the call to be refused');
  return { code: error.code ?? '', message: (error.message ?? '').replace(/^\w+: /, '') };
}

describe('the core uses plain ws:// only to this machine unless the person allows a trial', () => {
  let relay: SyncServer;
  let tmp: ReturnType<typeof tempDir>;
  const cores: CoreHarness[] = [];

  beforeAll(async () => {
    tmp = tempDir('pd-relay-address-');
    // Listening on every interface, so the same relay answers at 127.0.0.1 and at `outward`.
    relay = await SyncServer.start({
      storage: new SqliteStorage(join(tmp.dir, 'relay')),
      log: silentServerLogger(),
      host: '0.0.0.0',
      allowTeamCreation: true,
    });
  });
  afterAll(async () => {
    for (const h of cores) h.core.close();
    await relay.stop();
    tmp.cleanup();
  });

  async function person(): Promise<CoreHarness> {
    const h = await vault();
    cores.push(h);
    return h;
  }

  it('refuses addresses that are not a relay, each with its reason, before reaching anything', async () => {
    const supervisor = await person();
    const cases: Array<[string, string]> = [
      ['http://127.0.0.1:8787', 'scheme'],
      ['https://relay.example.org', 'scheme'],
      [`ws://user:secret@127.0.0.1:${relay.port}`, 'credentials'],
      ['garbage', 'malformed'],
      ['ws://', 'empty'],
    ];
    for (const [serverUrl, problem] of cases) {
      const refused = await refusal(
        supervisor.call('sync.createTeam', { serverUrl, allowInsecure: true }),
      );
      expect(refused, serverUrl).toEqual({ code: 'relay_address', message: problem });
    }
    expect((await supervisor.call('sync.status', {})).state.kind).toBe('notEnrolled');
  });

  it('creates a team over ws:// to loopback, written in any case, and keeps the address in lower case', async () => {
    const supervisor = await person();
    const team = await supervisor.call('sync.createTeam', {
      serverUrl: `WS://LOCALHOST:${relay.port}`,
    });
    expect(team.role).toBe('supervisor');
    expect(team.serverUrl).toBe(`ws://localhost:${relay.port}`);
  });

  it.skipIf(outward === undefined)(
    'refuses to create a team over ws:// to another host unless the person allowed it for a trial',
    async () => {
      const supervisor = await person();
      const serverUrl = `ws://${outward}:${relay.port}`;
      expect(await refusal(supervisor.call('sync.createTeam', { serverUrl }))).toEqual({
        code: 'relay_address',
        message: 'insecure',
      });
      expect(
        await refusal(supervisor.call('sync.createTeam', { serverUrl, allowInsecure: false })),
      ).toMatchObject({ message: 'insecure' });
      expect((await supervisor.call('sync.status', {})).state.kind).toBe('notEnrolled');

      const team = await supervisor.call('sync.createTeam', { serverUrl, allowInsecure: true });
      expect(team.role).toBe('supervisor');
      expect(team.serverUrl).toBe(serverUrl);
    },
  );

  it.skipIf(outward === undefined)(
    'refuses an invite whose relay is ws:// to another host unless the person allowed it for a trial',
    async () => {
      const supervisor = await person();
      const serverUrl = `ws://${outward}:${relay.port}`;
      await supervisor.call('sync.createTeam', { serverUrl, allowInsecure: true });
      const { code } = await supervisor.call('sync.invite', { role: 'counselor' });

      const counselor = await person();
      expect(await refusal(counselor.call('sync.join', { code }))).toEqual({
        code: 'relay_address',
        message: 'insecure',
      });
      expect((await counselor.call('sync.status', {})).state.kind).toBe('notEnrolled');

      // Refused before the relay saw it: the code still works once the person allows the trial.
      const joined = await counselor.call('sync.join', { code, allowInsecure: true });
      expect(joined.role).toBe('counselor');
      expect(joined.serverUrl).toBe(serverUrl);
    },
  );
});
