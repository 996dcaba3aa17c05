import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../electron/core/crypto';
import { generateSecrets } from '../../electron/core/vault/secrets';
import { SqliteStorage, SyncServer, silentServerLogger } from '../../server';
import { ErrorCode } from '../../shared/sync';
import { sleep, tempDir } from '../sync/support/harness';
import { spawnServer, type ChildServer } from './support/child-server';
import { askToCreateTeam } from './support/raw';

/** A stranger's device asks the relay at `url` to create a new team: the relay's answer. */
async function answerToCreateTeam(url: string): Promise<'welcome' | ErrorCode> {
  const conn = await askToCreateTeam(url, generateSecrets());
  try {
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await sleep(20)) {
      const answer = conn.frames.find((f) => f.t === 'welcome' || f.t === 'error');
      if (answer) return answer.t === 'error' ? answer.code : 'welcome';
    }
    throw new Error('the relay did not answer create-team');
  } finally {
    conn.close();
  }
}

describe('a relay creates teams only when its operator turned that on', () => {
  let tmp: ReturnType<typeof tempDir>;
  const servers: SyncServer[] = [];
  const children: ChildServer[] = [];

  beforeAll(async () => {
    await initSodium();
    tmp = tempDir();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const child of children) {
      child.proc.kill('SIGTERM');
      await child.exited;
    }
    tmp.cleanup();
  });

  async function relay(name: string, allowTeamCreation?: boolean): Promise<SyncServer> {
    const server = await SyncServer.start({
      storage: new SqliteStorage(join(tmp.dir, name)),
      log: silentServerLogger(),
      ...(allowTeamCreation === undefined ? {} : { allowTeamCreation }),
    });
    servers.push(server);
    return server;
  }

  async function child(
    name: string,
    options: { args?: string[]; env?: Record<string, string> } = {},
  ): Promise<ChildServer> {
    const started = await spawnServer({ dataDir: join(tmp.dir, name), ...options });
    children.push(started);
    return started;
  }

  it('a relay started with the defaults refuses create-team with Forbidden', async () => {
    const server = await relay('default');
    expect(await answerToCreateTeam(server.url)).toBe(ErrorCode.Forbidden);
  });

  it('a relay started with allowTeamCreation accepts create-team', async () => {
    const server = await relay('open', true);
    expect(await answerToCreateTeam(server.url)).toBe('welcome');
  });

  it('the command line refuses create-team unless --allow-team-creation or its environment variable turns it on', async () => {
    const [plain, flagged, byEnv] = await Promise.all([
      child('cli-plain', { env: { PENDAMPING_ALLOW_TEAM_CREATION: '' } }),
      child('cli-flag', { args: ['--allow-team-creation'] }),
      child('cli-env', { env: { PENDAMPING_ALLOW_TEAM_CREATION: '1' } }),
    ]);
    expect(await answerToCreateTeam(plain.url)).toBe(ErrorCode.Forbidden);
    expect(await answerToCreateTeam(flagged.url)).toBe('welcome');
    expect(await answerToCreateTeam(byEnv.url)).toBe('welcome');
  });

  it('still accepts --no-team-creation, which keeps team creation off even with the variable set', async () => {
    const refusing = await child('cli-no', {
      args: ['--no-team-creation'],
      env: { PENDAMPING_ALLOW_TEAM_CREATION: '1' },
    });
    expect(await answerToCreateTeam(refusing.url)).toBe(ErrorCode.Forbidden);
  });
});
