import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/core/events';
import { silentLogger } from '../../../electron/core/log';
import { listCases } from '../../../electron/core/records/cases';
import {
  ALL_INDEX_DOCUMENTS,
  INDEX_DOCUMENT,
  INDEX_DOCUMENTS,
} from '../../../electron/core/records/document-ids';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

const TODAY = '2026-03-10';

/** A counselor with two cases, three sessions and a referral, the core then closed. */
async function notebook(): Promise<{ dataDir: string; sessionIds: string[] }> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const sessionIds: string[] = [];
  for (const alias of ['Mawar', 'Kenanga']) {
    const created = await h.call('cases.create', { alias });
    for (const day of ['05', '06'].slice(0, alias === 'Mawar' ? 2 : 1)) {
      const session = await h.call('sessions.create', {
        caseId: created.meta.id,
        startsAt: `2026-03-${day}T09:00:00+07:00`,
        durationMinutes: 45,
        channel: 'whatsapp',
      });
      sessionIds.push(session.meta.id);
    }
    await h.call('referrals.create', {
      caseId: created.meta.id,
      target: 'hospital',
      toWhom: 'Poli Jiwa RSUD',
      reason: 'Asesmen tatap muka',
      consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
      followUpDate: '2026-03-12',
    });
  }
  h.core.close();
  return { dataDir: h.dataDir, sessionIds };
}

/** Opens the notebook's workspace as the core does after unlock. */
function opened(dataDir: string): { workspace: Workspace; close: () => void } {
  const vault = Vault.load(dataDir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const workspace = Workspace.open(dataDir, vault, silentLogger(), new EventHub());
  return {
    workspace,
    close: () => {
      workspace.close();
      vault.lock();
    },
  };
}

async function unlocked(dataDir: string): Promise<CoreHarness> {
  const h = await startCore(dataDir);
  await h.call('vault.unlock', { passphrase: PASSPHRASE });
  return h;
}

describe('the index keeps each list in a document of its own', () => {
  it('lists the cases after unlock without loading the sessions, referrals or follow-ups', async () => {
    const { dataDir } = await notebook();
    const { workspace, close } = opened(dataDir);
    try {
      expect(listCases(workspace.records, { sort: 'alias' }).map((c) => c.alias)).toEqual(
        expect.arrayContaining(['Mawar', 'Kenanga']),
      );
      for (const name of ['sessions', 'referrals', 'followUps'] as const) {
        expect(workspace.docs.isOpen(INDEX_DOCUMENTS[name])).toBe(false);
      }
    } finally {
      close();
    }
  });

  it('upgrades an index that kept every list in one document, as objects: nothing is lost and the old rows go', async () => {
    const { dataDir, sessionIds } = await notebook();
    // As an older version left it: every list in the one index document, each entry an object.
    const older = opened(dataDir);
    try {
      const docs = older.workspace.docs;
      const combined = docs.open(INDEX_DOCUMENT);
      for (const name of ['sessions', 'referrals'] as const) {
        const list = docs.open(INDEX_DOCUMENTS[name]).getMap<string>(name);
        const entries = [...list.entries()];
        docs.transact(INDEX_DOCUMENTS[name], () => list.clear());
        docs.transact(INDEX_DOCUMENT, () => {
          for (const [id, text] of entries) combined.getMap(name).set(id, JSON.parse(text));
        });
      }
      // ... and case entries without their contact, which the case list now reads from them.
      const cases = combined.getMap<unknown>('cases');
      docs.transact(INDEX_DOCUMENT, () => {
        for (const [id, text] of [...cases.entries()]) {
          const older = JSON.parse(String(text)) as Record<string, unknown>;
          delete older.sessionStarts;
          delete older.openReferralDates;
          cases.set(id, older);
        }
      });
    } finally {
      older.close();
    }

    const upgraded = opened(dataDir);
    try {
      const { docs, store } = upgraded.workspace;
      const combined = docs.open(INDEX_DOCUMENT);
      expect([combined.getMap('sessions').size, combined.getMap('referrals').size]).toEqual([0, 0]);
      const sessions = docs.open(INDEX_DOCUMENTS.sessions).getMap('sessions');
      expect([...sessions.keys()].sort()).toEqual([...sessionIds].sort());
      expect(
        [...sessions.values(), ...combined.getMap('cases').values()].map((v) => typeof v),
      ).toEqual(Array(sessionIds.length + 2).fill('string'));
      expect(docs.open(INDEX_DOCUMENTS.referrals).getMap('referrals').size).toBe(2);
      // Compacted: no update row of the older form is left in the file.
      for (const docId of ALL_INDEX_DOCUMENTS) expect(store.updateStats(docId).count).toBe(0);
    } finally {
      upgraded.close();
    }

    const h = await unlocked(dataDir);
    const list = await h.call('cases.list', { sort: 'alias' });
    expect(list.cases.map((c) => [c.alias, c.lastSessionAt, c.overdueFollowUps])).toEqual([
      ['Kenanga', '2026-03-05T09:00:00+07:00', 1],
      ['Mawar', '2026-03-06T09:00:00+07:00', 1],
    ]);
    const mawar = list.cases.find((c) => c.alias === 'Mawar')?.id ?? '';
    const detail = await h.call('cases.get', { caseId: mawar });
    expect(detail.sessions).toHaveLength(2);
    const home = await h.call('home.summary', { today: TODAY });
    expect(home).toBeDefined();
    h.core.close();
  });

  it('shows each case’s last and next contact and overdue referrals as sessions move and referrals close', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const { meta } = await h.call('cases.create', { alias: 'Melati' });
    const contact = async () => {
      const [c] = (await h.call('cases.list', { sort: 'alias' })).cases;
      return [c?.lastSessionAt, c?.nextSessionAt, c?.overdueFollowUps];
    };
    expect(await contact()).toEqual([undefined, undefined, 0]);
    const at = (startsAt: string) =>
      h.call('sessions.create', {
        caseId: meta.id,
        startsAt,
        durationMinutes: 45,
        channel: 'faceToFace',
      });
    await at('2026-03-05T09:00:00+07:00');
    const later = await at('2099-01-05T09:00:00+07:00');
    expect(await contact()).toEqual(['2026-03-05T09:00:00+07:00', '2099-01-05T09:00:00+07:00', 0]);
    await h.call('sessions.update', {
      sessionId: later.meta.id,
      startsAt: '2026-04-01T10:00:00+07:00',
    });
    expect(await contact()).toEqual(['2026-04-01T10:00:00+07:00', undefined, 0]);
    const referred = await h.call('referrals.create', {
      caseId: meta.id,
      target: 'hospital',
      toWhom: 'Poli Jiwa RSUD',
      reason: 'Asesmen tatap muka',
      consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
      followUpDate: '2026-03-12',
    });
    expect((await contact())[2]).toBe(1);
    const referralId = referred.referrals[0]?.id ?? '';
    await h.call('referrals.transition', { caseId: meta.id, referralId, to: 'declined' });
    expect((await contact())[2]).toBe(0);
    h.core.close();
  });

  it('opens a current index again without writing anything', async () => {
    const { dataDir } = await notebook();
    const rowsOf = (w: Workspace): number[] =>
      ALL_INDEX_DOCUMENTS.map((docId) => w.store.updateStats(docId).count);
    const first = opened(dataDir);
    const before = rowsOf(first.workspace);
    first.close();
    const second = opened(dataDir);
    try {
      expect(rowsOf(second.workspace)).toEqual(before);
    } finally {
      second.close();
    }
  });
});
