import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { inspectCase, relayEntriesOf } from '../support/erasure-steps';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

/**
 * The household lives in the case's document (issue #13, item 3): it syncs to the supervisor,
 * goes with the case when it is handed over, and is erased with it from every device and the
 * relay.
 */
describe('a case with a household, across a team', () => {
  const relay = sqliteRelayForSuite();

  it('syncs the members, hands them over with the case and erases them with it', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const leaving = await joinAsCounselor(supervisor);
    const taking = await joinAsCounselor(supervisor);

    const created = await leaving.call('cases.create', { alias: 'Teratai' });
    const caseId = created.meta.id;
    const added = await leaving.call('household.add', {
      caseId,
      alias: 'Adik Bungsu',
      relation: 'child',
      needs: ['schooling'],
      needsNote: 'Seragam hilang waktu banjir',
      identifying: { name: 'Puspita Anggraini', birthDate: '2016-07-01' },
    });
    const memberId = added.members[0]?.member.id ?? '';
    await leaving.call('referrals.create', {
      caseId,
      target: 'dinasSosial',
      toWhom: 'Suku Dinas Pendidikan',
      reason: 'Bantuan alat tulis',
      consent: { given: true, scope: 'nama anak', method: 'verbal' },
      followUpDate: '2026-12-10',
      householdMemberIds: [memberId],
    });

    // The supervisor's device decrypts the members and finds the case by a member's alias.
    const seen = await until('the supervisor to see the member', async () => {
      const detail = await supervisor.call('cases.get', { caseId }).catch(() => undefined);
      return detail?.household?.members.length ? detail : undefined;
    });
    expect(seen.household?.members[0]?.member).toMatchObject({
      alias: 'Adik Bungsu',
      identifying: { name: 'Puspita Anggraini', birthDate: '2016-07-01' },
    });
    expect(seen.referrals[0]?.householdMemberIds).toEqual([memberId]);
    await until('the supervisor to find the member', async () => {
      const { hits } = await supervisor.call('search.query', { text: 'Bungsu' });
      return hits.some((h) => h.kind === 'household') ? true : undefined;
    });

    // Handed over: the new counselor has the household and can go on with it.
    const takingNo = (await taking.call('sync.status', {})).memberNo ?? 0;
    await leaving.call('cases.handOver', { caseId, toMemberNo: takingNo });
    const handed = await until('the household at the new counselor', async () => {
      const detail = await taking.call('cases.get', { caseId }).catch(() => undefined);
      return detail?.household?.members.length ? detail : undefined;
    });
    expect(handed.household?.members[0]?.member.needsNote).toBe('Seragam hilang waktu banjir');
    const edited = await taking.call('household.update', {
      caseId,
      memberId,
      needs: ['schooling', 'health'],
    });
    expect(edited.members[0]?.member.needs).toEqual(['schooling', 'health']);

    await taking.call('cases.update', { caseId, status: 'closed' });
    await until('the supervisor to see the case closed', async () => {
      const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
      return check?.state === 'eligible' ? true : undefined;
    });
    await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Teratai' });
    for (const h of [leaving, taking]) {
      await until('each counselor to shred the case', async () =>
        (await h.call('cases.list', {})).cases.length === 0 ? true : undefined,
      );
    }
    for (const h of [supervisor, leaving, taking]) {
      for (const text of ['Bungsu', 'banjir']) {
        expect((await h.call('search.query', { text })).hits, h.dataDir).toEqual([]);
      }
      expect(inspectCase(h, caseId, [`case-${caseId}`])).toMatchObject({ keys: 0, rows: 0 });
    }
    expect(relayEntriesOf(relay.dir, caseId)).toBe(0);
    for (const h of [supervisor, leaving, taking]) h.core.close();
  }, 120_000);
});
