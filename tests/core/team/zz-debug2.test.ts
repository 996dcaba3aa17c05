import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { spawnServer } from '../../server/support/child-server';
import { PASSPHRASE, startCore } from '../support/core-harness';

it('debug', async () => {
  const relay = await spawnServer({ dataDir: mkdtempSync(join(tmpdir(), 'pd-relay-')), env: { PENDAMPING_LOG: 'debug' } });
  const supervisor = await startCore();
  await supervisor.call('vault.create', { passphrase: PASSPHRASE });
  await supervisor.call('sync.setDisplayName', { name: 'Bu Sari' });
  await supervisor.call('sync.createTeam', { serverUrl: relay.url });
  try {
    await supervisor.call('sync.invite', { role: 'counselor' });
  } catch (e) { console.log('ERR', (e as Error).message); }
  await new Promise((r) => setTimeout(r, 500));
  console.log(relay.stderr());
  relay.proc.kill('SIGTERM');
}, 60000);
