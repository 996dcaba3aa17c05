import { describe, expect, it } from 'vitest';
import { INTAKE_2026 } from '../../../shared/domain';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

describe('the intake questionnaire a supervisor publishes for the team', () => {
  const relay = sqliteRelayForSuite();

  it('reaches the counselor for new intakes, while an intake already filled keeps its version', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await joinAsCounselor(supervisor);

    const before = await counselor.call('cases.create', { alias: 'Bougenville' });
    await counselor.call('intake.save', {
      caseId: before.meta.id,
      firstContactDate: '2026-11-20',
      answers: { 'intake.concern.what': 'Cemas' },
    });

    const v2 = structuredClone(INTAKE_2026);
    v2.version = 2;
    v2.stages[0]?.items.push({
      itemId: 'intake.general.language',
      label: { id: 'Bahasa sehari-hari klien', en: "The client's everyday language" },
    });
    await supervisor.call('templates.publish', { template: v2 });
    await until('the new intake version at the counselor', async () => {
      const { templates } = await counselor.call('templates.list', {});
      return templates.some((t) => t.templateId === 'intake' && t.version === 2) ? true : undefined;
    });

    const after = await counselor.call('cases.create', { alias: 'Kemuning' });
    const filled = await counselor.call('intake.save', {
      caseId: after.meta.id,
      firstContactDate: '2026-11-21',
      answers: { 'intake.general.language': 'Betawi' },
    });
    expect(filled.intake?.record.templateVersion).toBe(2);
    expect(filled.intake?.template?.publication?.by).toBeTruthy();

    const kept = await counselor.call('intake.save', {
      caseId: before.meta.id,
      firstContactDate: '2026-11-20',
      answers: { 'intake.concern.what': 'Cemas dan sulit tidur' },
    });
    expect(kept.intake?.record.templateVersion).toBe(1);
    await expect(
      counselor.call('intake.save', {
        caseId: before.meta.id,
        firstContactDate: '2026-11-20',
        answers: { 'intake.general.language': 'Betawi' },
      }),
    ).rejects.toThrow();
    for (const h of [supervisor, counselor]) h.core.close();
  }, 60_000);
});
