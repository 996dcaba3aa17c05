import { describe, expect, it } from 'vitest';
import { SelfCheckItemId } from '../../../shared/domain';
import { WELLBEING_DOCUMENT } from '../../../electron/core/wellbeing';
import { formTeam, notebook } from '../../adversary/support/team';
import { foundIn, sqliteRelayForSuite } from '../support/relay-files';
import { until } from '../support/until';
import type { CoreHarness } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';

const answers = (value: 0 | 1 | 2) =>
  Object.fromEntries(SelfCheckItemId.options.map((id) => [id, value])) as Record<
    SelfCheckItemId,
    0 | 1 | 2
  >;

const REFLECTION = 'Saya menangis setelah sesi dengan Kenanga, rasanya lelah sekali';

/** A session yesterday at the given local hour, so it falls in this week or the one before. */
async function sessionAt(h: CoreHarness, caseId: string, hour: number): Promise<void> {
  const at = new Date(Date.now() - 24 * 3600 * 1000);
  at.setHours(hour, 30, 0, 0);
  await h.call('sessions.create', {
    caseId,
    startsAt: at.toISOString(),
    durationMinutes: 45,
    channel: 'chat',
  });
}

describe("the counselor's own wellbeing", () => {
  const relay = sqliteRelayForSuite();

  it('keeps checks and reflections on this device, with the caseload from its own records', async () => {
    const h = await notebook();
    const created = await h.call('cases.create', { alias: 'Kenanga' });
    await sessionAt(h, created.meta.id, 9);
    await sessionAt(h, created.meta.id, 22);
    await h.call('wellbeing.saveCheck', { answers: answers(0) });
    await h.call('wellbeing.saveCheck', { answers: answers(2) });
    const overview = await h.call('wellbeing.addReflection', { text: REFLECTION });

    expect(overview.checks.map((c) => c.band)).toEqual(['low', 'high']);
    expect(overview.trend).toBe('worse');
    expect(overview.reflections.map((r) => r.text)).toEqual([REFLECTION]);
    expect(overview.sharing).toBe('alone');
    const weeks = overview.caseload.weeks;
    expect(weeks).toHaveLength(8);
    expect(weeks.reduce((n, w) => n + w.sessions, 0)).toBe(2);
    expect(weeks.reduce((n, w) => n + w.lateSessions, 0)).toBe(1);
    await expect(h.call('wellbeing.share', { debriefRequested: false })).rejects.toThrow(
      /not in a team/,
    );

    h.core.close();
    expect(foundIn(h.dataDir, 'menangis')).toEqual([]);
  });

  it('goes with the backup to a new laptop: the checks and the reflections, still encrypted', async () => {
    const h = await notebook();
    await h.call('wellbeing.saveCheck', { answers: answers(1) });
    await h.call('wellbeing.addReflection', { text: REFLECTION });
    const file = await downloadBackup(h);
    expect(file.includes(Buffer.from('menangis'))).toBe(false);
    h.core.close();

    const restored = await restoreOnNewDevice(file);
    const overview = await restored.call('wellbeing.overview', {});
    expect(overview.checks.map((c) => c.band)).toEqual(['moderate']);
    expect(overview.reflections.map((r) => r.text)).toEqual([REFLECTION]);
    restored.core.close();
  });

  it('sends only the summary: the supervisor sees band, trend, caseload and the debrief asked for, never the reflection', async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    const created = await counselor.call('cases.create', { alias: 'Kenanga' });
    await sessionAt(counselor, created.meta.id, 23);
    await counselor.call('wellbeing.saveCheck', { answers: answers(1) });
    await counselor.call('wellbeing.saveCheck', { answers: answers(2) });
    await counselor.call('wellbeing.addReflection', { text: REFLECTION });

    await until('the team-wide key at the counselor', async () =>
      (await counselor.call('wellbeing.overview', {})).sharing === 'ready' ? true : undefined,
    );
    const shared = await counselor.call('wellbeing.share', { debriefRequested: true });
    expect(shared.shared).toMatchObject({ band: 'high', trend: 'worse', debriefRequested: true });

    const seen = await until('the summary at the supervisor', async () => {
      const team = await supervisor.call('wellbeing.team', {});
      return team.length > 0 ? team : undefined;
    });
    expect(seen).toHaveLength(1);
    const entry = seen[0];
    expect(entry?.summary).toMatchObject({ band: 'high', trend: 'worse', debriefRequested: true });
    expect(entry?.summary.caseload.weeks.reduce((n, w) => n + w.lateSessions, 0)).toBe(1);
    expect(Object.keys(entry?.summary ?? {}).sort()).toEqual(
      ['band', 'caseload', 'checkedAt', 'debriefRequested', 'sharedAt', 'trend'].sort(),
    );
    expect(JSON.stringify(seen)).not.toContain('menangis');
    // The supervisor's own wellbeing is theirs: the counselor's checks are not in it.
    expect((await supervisor.call('wellbeing.overview', {})).checks).toEqual([]);

    // Stopping takes the summary away from the team's view.
    await counselor.call('wellbeing.stopSharing', {});
    await until('the summary gone at the supervisor', async () =>
      (await supervisor.call('wellbeing.team', {})).length === 0 ? true : undefined,
    );

    for (const h of [supervisor, counselor]) h.core.close();
    for (const dir of [relay.dir, supervisor.dataDir, counselor.dataDir]) {
      expect(foundIn(dir, 'menangis')).toEqual([]);
    }
    // The relay keeps document ids in the clear (the profiles document's is there): the
    // counselor's own wellbeing document never reached it, not even as ciphertext.
    expect(foundIn(relay.dir, 'profiles-')).not.toEqual([]);
    expect(foundIn(relay.dir, WELLBEING_DOCUMENT)).toEqual([]);
  }, 60_000);
});
