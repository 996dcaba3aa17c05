import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EventHub } from '../../../electron/core/events';
import { actorIdOf } from '../../../electron/core/keys/actor-id';
import { silentLogger } from '../../../electron/core/log';
import { RemoteChanges } from '../../../electron/core/records/remote-changes';
import { NOTE_WRITERS } from '../../../electron/core/review/note-authorship';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';
import { accountSigner, relayForTests } from './support';

const relay = relayForTests();

/** A supervisor's team with one counselor, who has written one sentence into a session's note. */
async function counselorsNote(): Promise<{
  supervisor: CoreHarness;
  counselor: CoreHarness;
  caseId: string;
  sessionId: string;
  documentId: string;
}> {
  const supervisor = await startCore();
  await supervisor.call('vault.create', { passphrase: PASSPHRASE });
  await supervisor.call('sync.createTeam', { serverUrl: relay() });
  const counselor = await joinAsCounselor(supervisor);
  const created = await counselor.call('cases.create', { alias: 'Melati' });
  const session = await counselor.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-12-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'chat',
  });
  await counselor.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, 'Klien tidur di rumah kakaknya.'),
  });
  await counselor.call('review.submit', { sessionId: session.meta.id });
  await until('the session at the supervisor', async () => {
    try {
      const d = await supervisor.call('sessions.get', { sessionId: session.meta.id });
      return noteOf(d.documentState).includes('kakaknya') && d.review.status === 'submitted'
        ? true
        : undefined;
    } catch {
      return undefined;
    }
  });
  return {
    supervisor,
    counselor,
    caseId: created.meta.id,
    sessionId: session.meta.id,
    documentId: session.documentId,
  };
}

const actorOf = (h: CoreHarness) => actorIdOf(accountSigner(h.dataDir).publicKey);

describe("a session note is written by its case's counselor, and every word is someone's", () => {
  it("refuses a supervisor's change of a counselor's note and session, and takes their comment and addendum under their name", async () => {
    const { supervisor, counselor, sessionId, documentId } = await counselorsNote();
    const seen = await supervisor.call('sessions.get', { sessionId });
    expect(seen.authorship).toMatchObject({ mayWrite: false, writers: [actorOf(counselor)] });

    await expect(
      supervisor.call('documents.update', {
        documentId,
        update: noteEdit(seen.documentState, 'Ditulis supervisor.'),
      }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    const itemId = seen.template.stages[0]?.items[0]?.itemId ?? '';
    for (const attempt of [
      supervisor.call('sessions.update', { sessionId, durationMinutes: 90 }),
      supervisor.call('sessions.tick', { sessionId, itemId, checked: true }),
      supervisor.call('sessions.answerRisk', { sessionId, answers: { q1WishDead: 'no' } }),
      supervisor.call('review.resubmit', { sessionId }),
    ]) {
      await expect(attempt).rejects.toMatchObject({ code: 'bad_request' });
    }
    const after = await supervisor.call('sessions.get', { sessionId });
    expect(noteOf(after.documentState)).not.toContain('supervisor');
    expect(after.meta.durationMinutes).toBe(45);

    await supervisor.call('comments.add', {
      sessionId,
      anchor: { kind: 'session' },
      text: 'Siapa yang menemani klien?',
    });
    // Before any sign-off, the supervisor's own words about the note are an addendum.
    const withAddendum = await supervisor.call('review.addendum', {
      sessionId,
      text: 'Catatan supervisor: pertimbangkan kunjungan rumah.',
    });
    const supervisorId = actorOf(supervisor);
    expect(withAddendum.review.comments[0]?.by).toBe(supervisorId);
    expect(withAddendum.review.addenda[0]?.by).toBe(supervisorId);
    // The counselor, who writes the note, still adds addenda only after a sign-off.
    await expect(
      counselor.call('review.addendum', { sessionId, text: 'Koreksi.' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    for (const h of [supervisor, counselor]) h.core.close();
  });

  it('attributes each sitting to the person who wrote it, on every device of the team', async () => {
    const { supervisor, counselor, sessionId, documentId } = await counselorsNote();
    const current = await counselor.call('sessions.get', { sessionId });
    // A second sitting: the renderer's copy opened again, with a new Yjs client id.
    await counselor.call('documents.update', {
      documentId,
      update: noteEdit(current.documentState, 'Besok ke puskesmas.'),
    });
    const mine = await counselor.call('sessions.get', { sessionId });
    const counselorId = actorOf(counselor);
    const chars = 'Klien tidur di rumah kakaknya.'.length + 'Besok ke puskesmas.'.length;
    expect(mine.authorship).toMatchObject({
      mayWrite: true,
      authorId: counselorId,
      people: [{ by: counselorId, chars }],
      unknownChars: 0,
    });
    expect(mine.authorship?.sittings.map((s) => [s.by, s.chars])).toEqual([
      [counselorId, 'Klien tidur di rumah kakaknya.'.length],
      [counselorId, 'Besok ke puskesmas.'.length],
    ]);
    const theirs = await until('the second sitting at the supervisor', async () => {
      const d = await supervisor.call('sessions.get', { sessionId });
      return d.authorship?.sittings.length === 2 ? d : undefined;
    });
    expect(theirs.authorship?.people).toEqual([{ by: counselorId, chars }]);
    for (const h of [supervisor, counselor]) h.core.close();
  });

  it("audits a change of a note someone else wrote: the counselor a case is handed to edits the first one's note", async () => {
    const { supervisor, counselor, caseId, sessionId, documentId } = await counselorsNote();
    const taking = await joinAsCounselor(supervisor);
    const takingNo = (await taking.call('sync.status', {})).memberNo ?? 0;
    await until('the new counselor known to the first', async () => {
      const { members } = await counselor.call('sync.status', {});
      return members.some((m) => m.memberNo === takingNo) ? true : undefined;
    });
    await counselor.call('cases.handOver', { caseId, toMemberNo: takingNo });
    const handed = await until('the case and its note at the new counselor', async () => {
      try {
        const d = await taking.call('sessions.get', { sessionId });
        return d.authorship?.mayWrite && noteOf(d.documentState).includes('kakaknya')
          ? d
          : undefined;
      } catch {
        return undefined;
      }
    });
    expect(handed.authorship?.authorId).toBe(actorOf(counselor));

    await taking.call('documents.update', {
      documentId,
      update: noteEdit(handed.documentState, 'Dilanjutkan konselor baru.'),
    });
    const { entries } = await taking.call('audit.list', {
      caseId,
      filters: { kind: 'edited', sessionId },
    });
    expect(entries.map((e) => e.by)).toEqual([actorOf(taking)]);
    const detail = await taking.call('sessions.get', { sessionId });
    expect(detail.authorship?.people.map((p) => p.by).sort()).toEqual(
      [actorOf(counselor), actorOf(taking)].sort(),
    );
    // The first counselor no longer writes it.
    await expect(
      counselor.call('documents.update', {
        documentId,
        update: noteEdit(detail.documentState, 'Tidak boleh lagi.'),
      }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    for (const h of [supervisor, counselor, taking]) h.core.close();
  });

  it('does not store a note change that arrives attributed to someone who does not write the session, and stores the writer’s', async () => {
    const { supervisor, counselor, sessionId, documentId } = await counselorsNote();
    supervisor.core.close();
    counselor.core.close();
    const vault = Vault.load(counselor.dataDir, { kdfCost: TEST_KDF_COST });
    vault.unlock(PASSPHRASE);
    const workspace = Workspace.open(counselor.dataDir, vault, silentLogger(), new EventHub());
    try {
      const records = workspace.records;
      const remote = new RemoteChanges(records, () => undefined);
      const written = (by: string, text: string): Uint8Array => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(workspace.docs.open(documentId)));
        const before = Y.encodeStateVector(copy);
        copy.getMap(NOTE_WRITERS).set(String(copy.clientID), { by, at: records.nowIso() });
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        copy.getXmlFragment('note').push([paragraph]);
        return Y.encodeStateAsUpdate(copy, before);
      };
      const noteNow = () => workspace.docs.open(documentId).getXmlFragment('note').toString();

      remote.receive(documentId, written(actorOf(supervisor), 'Ditulis supervisor.'));
      expect(noteNow()).not.toContain('supervisor');
      remote.receive(documentId, written(actorOf(counselor), 'Dari laptop kedua.'));
      expect(noteNow()).toContain('Dari laptop kedua.');
      // A comment-only change from the supervisor still arrives.
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(workspace.docs.open(documentId)));
      const before = Y.encodeStateVector(copy);
      copy.getMap(NOTE_WRITERS).set(String(copy.clientID), {
        by: actorOf(supervisor),
        at: records.nowIso(),
      });
      copy.getArray('elsewhere').push(['not the note']);
      remote.receive(documentId, Y.encodeStateAsUpdate(copy, before));
      expect(workspace.docs.open(documentId).getArray('elsewhere').length).toBe(1);
      expect(sessionId).toBeTruthy();

      // A modified client leaves its words unattributed: the signer the verified roster names
      // still decides. Signed by the supervisor: refused; by the counselor: stored.
      const unattributed = (text: string): Uint8Array => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(workspace.docs.open(documentId)));
        const at = Y.encodeStateVector(doc);
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        doc.getXmlFragment('note').push([paragraph]);
        return Y.encodeStateAsUpdate(doc, at);
      };
      const bySupervisor = { actorId: actorOf(supervisor), snapshot: false };
      remote.receive(documentId, unattributed('Tanpa nama, dari supervisor.'), bySupervisor);
      expect(noteNow()).not.toContain('Tanpa nama');
      const byCounselor = { actorId: actorOf(counselor), snapshot: false };
      remote.receive(documentId, unattributed('Tanpa nama, dari konselor.'), byCounselor);
      expect(noteNow()).toContain('Tanpa nama, dari konselor.');
    } finally {
      workspace.close();
      vault.lock();
    }
  });
});
