import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/workspace';
import { holdsEveryOtherCase } from '../../electron/core/team/group-handover';
import { initSodium } from '../../shared/crypto/sodium';
import { EntryKind } from '../../shared/sync';
import { openKeyEnvelope } from '../../shared/sync/identity';
import { noteEdit, noteOf, type CoreHarness } from '../core/support/core-harness';
import { sqliteRelayForSuite } from '../core/support/relay-files';
import { joinAsCounselor } from '../core/support/team-steps';
import { until } from '../core/support/until';
import { plaintextFound } from './support/attacker';
import { heldKeyIds } from './support/device-files';
import { pullAll, rawMember } from './support/raw-member';
import { notebook, readsNote, settled, verifiedWith } from './support/team';

/*
 * A group session (issue #13, item 4) puts several clients' words side by side. Each client's
 * part is under their own case's key; the shared part under the group's key, which goes only to
 * those who hold every participant's case. Here the attackers are a teammate who holds one
 * participant's case and not the others (after a handover), a verified member who pulls
 * everything the relay lets her, and the relay itself, which keeps every byte it was sent.
 */

const SHARED = 'Kesepakatan-Kelompok-Cempaka';
const PART_A = 'Rahasia-Mawar-Teratai';
const PART_B = 'Rahasia-Melati-Dahlia';

function scopeKeyIds(h: CoreHarness, scopeId: string): string[] {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (
      db.prepare('SELECT key_id FROM scope_keys WHERE scope_id = ?').all(scopeId) as Array<{
        key_id: string;
      }>
    ).map((r) => r.key_id);
  } finally {
    db.close();
  }
}

async function writeNote(h: CoreHarness, sessionId: string, text: string): Promise<void> {
  const part = await h.call('sessions.get', { sessionId });
  await h.call('documents.update', {
    documentId: part.documentId,
    update: noteEdit(part.documentState, text),
  });
}

/** Asserts `h` is never given the group's shared part within `ms`. */
async function neverReadsGroup(h: CoreHarness, groupId: string, ms = 2500): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    await expect(h.call('groups.get', { groupId })).rejects.toMatchObject({ code: 'not_found' });
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a group session under attack', () => {
  const relay = sqliteRelayForSuite();
  beforeAll(async () => {
    await initSodium();
  });

  it("gives a teammate who holds one participant's case that part alone, and the relay and a member nothing", async () => {
    const supervisor = await notebook();
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await joinAsCounselor(supervisor);
    const other = await joinAsCounselor(supervisor);
    await verifiedWith(supervisor, 3);

    const ids: string[] = [];
    for (const alias of ['Mawar', 'Melati', 'Kenanga']) {
      ids.push((await counselor.call('cases.create', { alias })).meta.id);
    }
    const [a, b, c] = ids as [string, string, string];
    const group = await counselor.call('groups.create', {
      caseIds: ids,
      startsAt: '2026-12-01T09:00:00+07:00',
      durationMinutes: 90,
      channel: 'faceToFace',
    });
    const groupId = group.meta.id;
    const partOf = (caseId: string): string =>
      group.participants.find((p) => p.caseId === caseId)?.sessionId ?? '';
    await counselor.call('groups.updateNote', {
      groupId,
      update: noteEdit(group.documentState, SHARED),
    });
    await writeNote(counselor, partOf(a), PART_A);
    await writeNote(counselor, partOf(b), PART_B);
    await settled(counselor);

    // The supervisor holds every case, so the shared part reaches them with the parts.
    await until('the shared part at the supervisor', async () => {
      const shared = await supervisor.call('groups.get', { groupId }).catch(() => undefined);
      return shared && noteOf(shared.documentState).includes(SHARED) ? true : undefined;
    });
    await readsNote(supervisor, partOf(a), PART_A);

    // Case B alone changes hands: the teammate gets B's part, not A's, not the shared part.
    const otherNo = (await other.call('sync.status', {})).memberNo ?? 0;
    await counselor.call('cases.handOver', { caseId: b, toMemberNo: otherNo });
    await readsNote(other, partOf(b), PART_B);
    await expect(other.call('sessions.get', { sessionId: partOf(a) })).rejects.toMatchObject({
      code: 'not_found',
    });
    await neverReadsGroup(other, groupId);
    const held = new Set(heldKeyIds(other));
    for (const scope of [groupId, a, c]) {
      for (const keyId of scopeKeyIds(counselor, scope)) expect(held.has(keyId)).toBe(false);
    }
    const { hits } = await other.call('search.query', { text: 'Cempaka' });
    expect(hits).toEqual([]);

    // A verified member pulls all the relay gives her: no key of the group or the cases opens.
    const mallory = await rawMember(supervisor, relay.url);
    await verifiedWith(supervisor, 4);
    await new Promise((r) => setTimeout(r, 1500));
    for (const e of await pullAll(mallory.conn)) {
      if (e.kind !== EntryKind.Key || e.scopeId === mallory.teamScope) continue;
      expect(openKeyEnvelope(e.body, e.scopeId, e.keyId, mallory.secrets.boxKeyPair)).toBe(
        undefined,
      );
    }
    mallory.conn.close();

    // The relay kept ciphertext only: none of the words, in either part.
    for (const word of [SHARED, PART_A, PART_B, 'Mawar', 'Melati']) {
      expect(plaintextFound(word, [], relay.dir)).toBe(false);
    }
    // Once the teammate holds every participant's case, the shared part goes with the last one.
    await counselor.call('cases.handOver', { caseId: a, toMemberNo: otherNo });
    await readsNote(other, partOf(a), PART_A);
    await neverReadsGroup(other, groupId, 1000);
    // The relay's scope list, which the handover reads, reaches the counselor a moment later.
    await new Promise((r) => setTimeout(r, 1000));
    await counselor.call('cases.handOver', { caseId: c, toMemberNo: otherNo });
    await until('the shared part at the teammate', async () => {
      const shared = await other.call('groups.get', { groupId }).catch(() => undefined);
      return shared && noteOf(shared.documentState).includes(SHARED) ? true : undefined;
    });
    for (const h of [supervisor, counselor, other]) h.core.close();
  }, 120_000);

  it('reads the shared part only with every participant case: the relay’s scope list decides no more', () => {
    const scopes = [
      { scopeId: 'a', owner: 2, includeSupervisors: true, members: [3] },
      { scopeId: 'b', owner: 2, includeSupervisors: true, members: [] },
    ];
    // Member 3 takes case c: they hold a, not b, so the shared part stays closed to them.
    expect(holdsEveryOtherCase(scopes, ['a', 'b', 'c'], 'c', 3)).toBe(false);
    expect(holdsEveryOtherCase(scopes, ['a', 'c'], 'c', 3)).toBe(true);
    // A scope the relay does not list counts as not held.
    expect(holdsEveryOtherCase(scopes, ['a', 'z', 'c'], 'c', 2)).toBe(false);
  });
});
