import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { profilesDocumentId } from '../../electron/core/team/member-profiles';
import type { StoredEntry } from '../../shared/sync';
import { toHex } from '../../shared/sync/identity';
import { noteEdit, noteOf, type CoreHarness } from '../core/support/core-harness';
import { until } from '../core/support/until';
import { plaintextFound } from './support/attacker';
import { lyingRelayForEach } from './support/lying-relay';
import { pushToTeamDocument, rawMember } from './support/raw-member';
import { formTeam, settled, stop, verifiedWith } from './support/team';

/*
 * Every update carries its author's number for the document, sealed inside it (issue #10,
 * item 4). A relay that withholds one of a counselor's changes, hands them over out of order, or
 * passes on two different changes under one number cannot do it unseen: the supervisor's device
 * names it on the Sync screen, and nothing the counselor wrote is lost once the relay hands over
 * what it held back.
 */

/** A session whose note the counselor writes in three separately sent changes. */
async function threeChanges(
  counselor: CoreHarness,
  words: string[],
  onSession: (documentId: string) => void = () => undefined,
) {
  const created = await counselor.call('cases.create', { alias: 'Klien Riwayat' });
  const session = await counselor.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-12-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  onSession(session.documentId);
  for (const word of words) {
    const { documentState } = await counselor.call('sessions.get', { sessionId: session.meta.id });
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(documentState, word),
    });
    await settled(counselor);
  }
  return { sessionId: session.meta.id, documentId: session.documentId };
}

const noteAt = async (h: CoreHarness, sessionId: string): Promise<string> =>
  noteOf((await h.call('sessions.get', { sessionId })).documentState);

describe('a relay that tampers with the order and completeness of a member’s changes', () => {
  const attack = lyingRelayForEach();
  const relay = attack.relay;

  it('withholding one change is named on the supervisor’s device, and it arrives once handed over', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(supervisor, 2);
    const supervisorNo = (await supervisor.call('sync.status', {})).memberNo as number;
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    const words = ['Pertama-riwayat', 'Kedua-riwayat', 'Ketiga-riwayat'];

    // The relay holds back the counselor's second change of the session note from the supervisor.
    let noteDoc = '';
    const byCounselor: string[] = [];
    let withhold = true;
    attack.lying.lies.toDevice = (f, victim) => {
      if (f.t !== 'entries' || victim.memberNo !== supervisorNo || !withhold) return [f];
      const kept = f.entries.filter((e: StoredEntry) => {
        if (e.docId !== noteDoc || e.author !== counselorNo || e.kind !== 1) return true;
        const id = toHex(e.updateId);
        if (!byCounselor.includes(id)) byCounselor.push(id);
        return byCounselor.indexOf(id) !== 1;
      });
      return [{ ...f, entries: kept }];
    };
    const { sessionId } = await threeChanges(counselor, words, (id) => (noteDoc = id));

    const shown = await until('the withheld change named at the supervisor', async () => {
      const o = await supervisor.call('sync.status', {});
      return o.history.missing.length > 0 ? o : undefined;
    });
    expect(shown.history.missing).toEqual([{ memberNo: counselorNo, changes: 1, documents: 1 }]);
    expect(byCounselor.length).toBeGreaterThanOrEqual(3);
    const partial = await noteAt(supervisor, sessionId);
    expect(partial).toContain('Pertama-riwayat');
    expect(partial).not.toContain('Kedua-riwayat');

    // The relay hands it over: the device fetches the note's history again by itself.
    withhold = false;
    attack.lying.reconnectAll();
    await until('every change at the supervisor', async () => {
      const note = await noteAt(supervisor, sessionId);
      return words.every((w) => note.includes(w)) ? true : undefined;
    });
    await until('nothing missing any more', async () => {
      const o = await supervisor.call('sync.status', {});
      return o.history.missing.length === 0 ? true : undefined;
    });
    for (const w of words) expect(plaintextFound(w, attack.lying.seen, relay.dir)).toBe(false);
    await stop(supervisor, counselor);
  });

  it('handing changes over in reverse order is named, and the note ends the same', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(supervisor, 2);
    const supervisorNo = (await supervisor.call('sync.status', {})).memberNo as number;
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    const words = ['Satu-urutan', 'Dua-urutan', 'Tiga-urutan'];

    // The relay holds every update the counselor writes to the note and releases them backwards.
    const held: StoredEntry[] = [];
    let noteDoc = '';
    attack.lying.lies.toDevice = (f, victim) => {
      if (f.t !== 'entries' || victim.memberNo !== supervisorNo) return [f];
      const mine = f.entries.filter(
        (e) => e.author === counselorNo && e.kind === 1 && e.docId === noteDoc,
      );
      if (mine.length === 0) return [f];
      held.push(...mine);
      const rest = f.entries.filter((e) => !mine.includes(e));
      return rest.length > 0 ? [{ ...f, entries: rest }] : [];
    };
    const { sessionId } = await threeChanges(counselor, words, (id) => (noteDoc = id));
    await until('the counselor’s changes held', async () => (held.length >= 3 ? true : undefined));
    const reversed = [...held].reverse();
    // On reconnecting, the relay serves the held changes again in its own order: it drops them
    // there and hands over its reversed copy just before saying the pull is complete.
    attack.lying.lies.toDevice = (f, victim) => {
      if (victim.memberNo !== supervisorNo) return [f];
      if (f.t === 'entries') {
        const rest = f.entries.filter((e) => !(e.author === counselorNo && e.docId === noteDoc));
        return rest.length > 0 ? [{ ...f, entries: rest }] : [];
      }
      if (f.t === 'synced' && reversed.length > 0) {
        return [{ t: 'entries', requestId: 0, entries: reversed.splice(0) }, f];
      }
      return [f];
    };
    attack.lying.reconnectAll();

    const shown = await until('the late arrivals named at the supervisor', async () => {
      const o = await supervisor.call('sync.status', {});
      return o.history.reordered > 0 ? o : undefined;
    });
    expect(shown.history.missing).toEqual([]);
    expect(shown.history.forked).toEqual([]);
    await until('the note whole at the supervisor', async () => {
      const note = await noteAt(supervisor, sessionId);
      return note === (await noteAt(counselor, sessionId)) ? true : undefined;
    });
    // Once read, the notice goes; the note stays whole.
    const dismissed = await supervisor.call('sync.dismissHistory', {});
    expect(dismissed.history.reordered).toBe(0);
    await stop(supervisor, counselor);
  });

  it('two different changes under one number from a member are named as a fork, and both kept', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    const mallory = await rawMember(supervisor, relay.url);
    await verifiedWith(counselor, 3);

    // A member's history split in two (a cloned laptop, or a member who means it): change number
    // 1 of the team's profiles document, twice, with different contents.
    const docId = profilesDocumentId(toHex(mallory.joined.teamId));
    for (const name of ['first', 'second']) {
      const doc = new Y.Doc();
      doc.getMap(`fork-${name}`).set('x', 1);
      pushToTeamDocument(mallory, docId, Y.encodeStateAsUpdate(doc));
    }
    const shown = await until('the fork named at the counselor', async () => {
      const o = await counselor.call('sync.status', {});
      return o.history.forked.length > 0 ? o : undefined;
    });
    expect(shown.history.forked).toEqual([{ memberNo: mallory.joined.memberNo, changes: 1 }]);
    mallory.conn.close();
    await stop(supervisor, counselor);
  });
});
