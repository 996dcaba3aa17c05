import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../shared/domain';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { until } from '../support/until';

describe('checklist templates a supervisor publishes for the team', () => {
  let relay: ChildServer;
  beforeAll(async () => {
    relay = await spawnServer({
      dataDir: mkdtempSync(join(tmpdir(), 'pd-relay-')),
      allowTeamCreation: true,
    });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });

  it('reach every counselor, and a session keeps the version it was written with', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await startCore();
    await counselor.call('vault.create', { passphrase: PASSPHRASE });
    const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
    await counselor.call('sync.join', { code });

    const created = await counselor.call('cases.create', { alias: 'Flamboyan' });
    const before = await counselor.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-11-20T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'faceToFace',
    });
    expect(before.template.version).toBe(1);

    // The supervisor adds an item to stage 1 of the default set, as version 2.
    const base = defaultTemplate();
    const [first, ...rest] = base.stages;
    if (!first) throw new Error('the default template has no stages');
    const v2 = {
      ...base,
      version: 2,
      stages: [
        {
          ...first,
          items: [
            ...first.items,
            {
              itemId: 'who2004.s1.informedConsent',
              label: { id: 'Meminta persetujuan klien', en: "Ask for the client's consent" },
            },
          ],
        },
        ...rest,
      ],
    };
    await expect(counselor.call('templates.publish', { template: v2 })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      supervisor.call('templates.publish', { template: { ...v2, version: 3 } }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await supervisor.call('templates.publish', { template: v2 });

    const listed = await until('the new version at the counselor', async () => {
      const { templates } = await counselor.call('templates.list', {});
      return templates.find((t) => t.templateId === base.templateId && t.version === 2);
    });
    expect(listed.stages[0]?.items.at(-1)?.itemId).toBe('who2004.s1.informedConsent');

    const after = await counselor.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-11-27T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'faceToFace',
    });
    expect(after.template.version).toBe(2);
    await counselor.call('sessions.tick', {
      sessionId: after.meta.id,
      itemId: 'who2004.s1.informedConsent',
      checked: true,
    });
    const old = await counselor.call('sessions.get', { sessionId: before.meta.id });
    expect(old.template.version).toBe(1);
    await expect(
      counselor.call('sessions.tick', {
        sessionId: before.meta.id,
        itemId: 'who2004.s1.informedConsent',
        checked: true,
      }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    for (const h of [supervisor, counselor]) h.core.close();
  });

  it('keeps both versions two supervisors publish at once under one number, the same on every device', async () => {
    const first = await startCore();
    await first.call('vault.create', { passphrase: PASSPHRASE });
    await first.call('sync.createTeam', { serverUrl: relay.url });
    const second = await startCore();
    await second.call('vault.create', { passphrase: PASSPHRASE });
    await second.call('sync.join', {
      code: (await first.call('sync.invite', { role: 'supervisor' })).code,
    });
    const counselor = await startCore();
    await counselor.call('vault.create', { passphrase: PASSPHRASE });
    await counselor.call('sync.join', {
      code: (await first.call('sync.invite', { role: 'counselor' })).code,
    });
    const base = defaultTemplate();
    const withItem = (version: number, item: string) => {
      const draft = structuredClone({ ...base, version });
      draft.stages[0]?.items.push({
        itemId: `${base.templateId}.s1.${item}`,
        label: { id: item, en: item },
      });
      return draft;
    };
    // Version 2 first, so both supervisors share the team's templates before they race.
    await first.call('templates.publish', { template: withItem(2, 'shared') });
    for (const h of [second, counselor]) {
      await until('version 2 everywhere', async () => {
        const { templates } = await h.call('templates.list', {});
        return templates.some((t) => t.templateId === base.templateId && t.version === 2)
          ? true
          : undefined;
      });
    }

    // Both check version 3 against the version 2 they hold, before either sees the other's.
    await Promise.all([
      first.call('templates.publish', { template: withItem(3, 'homeVisit') }),
      second.call('templates.publish', { template: withItem(3, 'consent') }),
    ]);
    const sessionAt = async (h: CoreHarness, alias: string) => {
      const created = await h.call('cases.create', { alias });
      return h.call('sessions.create', {
        caseId: created.meta.id,
        startsAt: '2026-11-28T09:00:00+07:00',
        durationMinutes: 30,
        channel: 'faceToFace',
      });
    };
    const sessions = [
      { h: first, session: await sessionAt(first, 'Anggrek') },
      { h: second, session: await sessionAt(second, 'Melati') },
    ];

    const lists = await Promise.all(
      [first, second, counselor].map((h) =>
        until('both versions 3', async () => {
          const list = await h.call('templates.list', {});
          return list.concurrent.length === 2 ? list : undefined;
        }),
      ),
    );
    const [reference] = lists;
    for (const list of lists) {
      expect(list.concurrent).toEqual(reference?.concurrent);
      expect(list.templates).toEqual(reference?.templates);
    }
    expect(reference?.concurrent.map((t) => t.version)).toEqual([3, 3]);

    // Each session keeps the very version it was written with, whichever one won the tie.
    for (const { h, session } of sessions) {
      expect(session.template.version).toBe(3);
      const detail = await h.call('sessions.get', { sessionId: session.meta.id });
      expect(detail.meta.templatePublicationId).toBe(session.template.publication?.id);
      expect(detail.template).toEqual(session.template);
    }
    for (const h of [first, second, counselor]) h.core.close();
  });
});
