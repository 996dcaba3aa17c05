import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { until } from '../support/until';
import { foundIn, sqliteRelayForSuite } from '../support/relay-files';

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

/** The name each device shows for each member number. */
async function namesAt(h: CoreHarness): Promise<Record<number, string | undefined>> {
  const { members } = await h.call('sync.status', {});
  return Object.fromEntries(members.map((m) => [m.memberNo, m.displayName]));
}

describe('display names across a team', () => {
  const relay = sqliteRelayForSuite();

  it('reach every member end to end encrypted, renamed names too, and late joiners', async () => {
    // Both name themselves before they are in any team.
    const supervisor = await vault();
    const solo = await supervisor.call('sync.setDisplayName', { name: '  Bu Sari  ' });
    expect(solo.self.displayName).toBe('Bu Sari');
    const team = await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await vault();
    await counselor.call('sync.setDisplayName', { name: 'Rina' });
    const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
    const joined = await counselor.call('sync.join', { code });

    const sup = team.memberNo as number;
    const rina = joined.memberNo as number;
    await until('the counselor named at the supervisor', async () =>
      (await namesAt(supervisor))[rina] === 'Rina' ? true : undefined,
    );
    await until('the supervisor named at the counselor', async () =>
      (await namesAt(counselor))[sup] === 'Bu Sari' ? true : undefined,
    );

    await counselor.call('sync.setDisplayName', { name: 'Rina Wulandari' });
    await until('the new name at the supervisor', async () =>
      (await namesAt(supervisor))[rina] === 'Rina Wulandari' ? true : undefined,
    );

    // A counselor who joins later learns every name, and is named without naming themselves.
    const late = await vault();
    const { code: lateCode } = await supervisor.call('sync.invite', { role: 'counselor' });
    const lateJoined = await late.call('sync.join', { code: lateCode });
    const names = await until('the names at the late counselor', async () => {
      const seen = await namesAt(late);
      return seen[sup] === 'Bu Sari' && seen[rina] === 'Rina Wulandari' ? seen : undefined;
    });
    expect(names[lateJoined.memberNo as number]).toBeUndefined();

    // Clearing a name falls back to the member number everywhere.
    await counselor.call('sync.setDisplayName', { name: '' });
    await until('the name cleared at the supervisor', async () =>
      (await namesAt(supervisor))[rina] === undefined ? true : undefined,
    );

    for (const h of [supervisor, counselor, late]) h.core.close();
    for (const dir of [relay.dir, supervisor.dataDir, counselor.dataDir, late.dataDir]) {
      expect(foundIn(dir, 'Wulandari')).toEqual([]);
    }
  });

  it('refuses a name with control or direction characters, or one that is too long', async () => {
    const h = await vault();
    for (const name of ['Rina\u202Eiraw', 'Rina\nSari', 'x'.repeat(61)]) {
      await expect(h.call('sync.setDisplayName', { name })).rejects.toMatchObject({
        code: 'bad_request',
      });
    }
    expect((await h.call('sync.status', {})).self.displayName).toBeUndefined();
    h.core.close();
  });
});
