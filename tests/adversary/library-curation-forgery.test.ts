import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentHash,
  LibraryDocument,
  signDecision,
  type CurationEntry,
} from '../../electron/core/library';
import { openPayload } from '../../electron/core/sync/envelope';
import { initSodium } from '../../shared/crypto/sodium';
import type { LibraryItem } from '../../shared/domain/library';
import { EntryKind } from '../../shared/sync';
import type { CoreHarness } from '../core/support/core-harness';
import { foundIn, sqliteRelayForSuite } from '../core/support/relay-files';
import { until } from '../core/support/until';
import { pullAll, pushToTeamDocument, rawMember } from './support/raw-member';
import { formTeam, verifiedWith } from './support/team';

/*
 * Issue #14, item 3: "curation rights are checked against the team's signed roster on every
 * device". A member of the team (Mallory, a counselor whose client is modified: a raw protocol
 * client holding the team-wide key like every member) writes into the team's library document
 * directly: an approval of her own item signed with her own key, a supervisor's approval moved
 * onto her item, and a change to an approved item that keeps its version number. The relay
 * itself holds no key at all, so it cannot even write what she writes; its files are scanned.
 */
const BREATHING = 'Teknik napas empat tujuh delapan untuk kecemasan';
const HARMFUL = 'Berhenti minum obat dari dokter, cukup jamu saja';

async function itemAt(h: CoreHarness, title: string) {
  const list = await h.call('library.list', {});
  return list.items.find((i) => i.title === title);
}

describe('a member who forges curation in the library', () => {
  const relay = sqliteRelayForSuite();
  beforeAll(async () => {
    await initSodium();
  });

  it("cannot make an item approved on any device without a current supervisor's signature", async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    const mallory = await rawMember(supervisor, relay.url);
    await verifiedWith(supervisor, 3);
    await verifiedWith(counselor, 3);

    // The counselor adds a text once the team's key is here; it is a draft for the team.
    await until('the team library at the counselor', async () =>
      (await counselor.call('library.list', {})).place === 'team' ? true : undefined,
    );
    const added = await counselor.call('library.add', {
      content: {
        kind: 'text',
        title: 'Napas 4-7-8',
        language: 'id',
        tags: ['kecemasan'],
        text: BREATHING,
        textFormat: 'plain',
      },
    });
    expect(added.status).toBe('draft');
    // A counselor's own client refuses to curate (and any signature of theirs would not count).
    await expect(
      counselor.call('library.curate', { itemId: added.id, decision: 'approved' }),
    ).rejects.toThrow(/supervisor/);

    // The supervisor sees it and approves it; the counselor's device then shows it approved.
    await until('the draft at the supervisor', () => itemAt(supervisor, 'Napas 4-7-8'));
    await supervisor.call('library.curate', { itemId: added.id, decision: 'approved' });
    await until('the approval at the counselor', async () =>
      (await itemAt(counselor, 'Napas 4-7-8'))?.status === 'approved' ? true : undefined,
    );

    // Mallory reads the team's library like any member, and writes on top of it.
    const docId = `library-${Buffer.from(mallory.joined.teamId).toString('hex')}`;
    const doc = new Y.Doc();
    const entries = await until('the library at Mallory', async () => {
      const found = (await pullAll(mallory.conn)).filter(
        (e) => e.kind === EntryKind.Update && e.docId === docId,
      );
      return found.length >= 3 ? found : undefined;
    });
    for (const e of entries) {
      try {
        Y.applyUpdate(doc, openPayload(e.body, e, mallory.teamKey.key).data);
      } catch {
        // Under an older key: not needed here.
      }
    }
    const library = new LibraryDocument(doc);
    const approved = library.get(added.id) as LibraryItem;
    const supervisorApproval = library
      .entries()
      .find((e) => e.itemId === added.id && e.decision === 'approved') as CurationEntry;
    expect(supervisorApproval).toBeDefined();

    const before = Y.encodeStateVector(doc);
    const own: LibraryItem = {
      ...approved,
      id: 'f'.repeat(32),
      title: 'Jamu pengganti obat',
      text: HARMFUL,
      addedBy: 'mallory',
      changedBy: 'mallory',
    };
    library.put(own);
    // 1. Her own signature on her own item.
    library.addEntry(signDecision(mallory.secrets.signKeyPair, own, 'approved', Date.now() + 1000));
    // 2. The supervisor's approval moved onto her item, under the supervisor's key.
    library.addEntry({
      ...supervisorApproval,
      itemId: own.id,
      contentHash: contentHash(own),
      at: supervisorApproval.at + 1,
    });
    // 3. The approved item's words changed, its version number kept.
    library.put({ ...approved, text: HARMFUL });
    pushToTeamDocument(mallory, docId, Y.encodeStateAsUpdate(doc, before));
    await mallory.conn.next('ack');

    // Every device reads her writing, and counts none of it as a supervisor's.
    const forged = await until('her item at the supervisor', () =>
      itemAt(supervisor, 'Jamu pengganti obat'),
    );
    expect(forged.status).toBe('draft');
    for (const h of [supervisor, counselor]) {
      const changed = await until('the changed item', async () => {
        const item = await itemAt(h, 'Napas 4-7-8');
        return item?.text === HARMFUL ? item : undefined;
      });
      expect(changed).toMatchObject({ status: 'draft', changedSinceApproval: true });
    }
    // A counselor sees approved items and their own drafts: neither of hers.
    expect(await itemAt(counselor, 'Jamu pengganti obat')).toBeUndefined();
    // Nothing of hers can be given to a client.
    const created = await counselor.call('cases.create', { alias: 'Kenanga' });
    const session = await counselor.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-12-01T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'faceToFace',
    });
    await expect(
      counselor.call('library.give', { sessionId: session.meta.id, itemId: added.id }),
    ).rejects.toThrow(/approved/);

    // The supervisor approves the new words knowingly, or not at all: here, retires the item.
    const retired = await supervisor.call('library.curate', {
      itemId: added.id,
      decision: 'retired',
    });
    expect(retired.status).toBe('retired');

    mallory.conn.close();
    for (const h of [supervisor, counselor]) h.core.close();
    // The relay held the library as ciphertext only.
    expect(foundIn(relay.dir, 'empat tujuh delapan')).toEqual([]);
    expect(foundIn(relay.dir, 'Napas 4-7-8')).toEqual([]);
  }, 90_000);
});
