import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CaseDocument } from '../../../electron/core/records/case-document';
import { writeMemberFields } from '../../../electron/core/records/household-document';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { tamper } from '../review/support';

async function caseWithASession(alias = 'Kenanga') {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const created = await h.call('cases.create', { alias });
  const caseId = created.meta.id;
  const session = await h.call('sessions.create', {
    caseId,
    startsAt: '2026-11-02T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  return { ...h, caseId, sessionId: session.meta.id, created };
}

describe('the household of a case, through the core', () => {
  it('a new case has no household', async () => {
    const { created } = await caseWithASession();
    expect(created.household).toEqual({ members: [], removed: [] });
  });

  it('adds members under aliases with relation, needs and identifying details, shown on the case', async () => {
    const { call, caseId, created } = await caseWithASession();
    // An empty NIK is not a NIK: the schema refuses it, as it does for the client.
    await expect(
      call('household.add', { caseId, alias: 'X', relation: 'child', identifying: { nik: '12' } }),
    ).rejects.toThrow();
    await call('household.add', {
      caseId,
      alias: 'Adik A',
      relation: 'child',
      needs: ['schooling', 'documents'],
      needsNote: 'Belum punya akta kelahiran',
      identifying: { name: ' Budi Santoso ', birthDate: '2015-03-02' },
    });
    await call('household.add', { caseId, alias: 'Ibu', relation: 'parent' });
    const detail = await call('cases.get', { caseId });
    const [child, mother] = detail.household?.members ?? [];
    expect(child?.member).toMatchObject({
      alias: 'Adik A',
      relation: 'child',
      needs: ['schooling', 'documents'],
      needsNote: 'Belum punya akta kelahiran',
      identifying: { name: 'Budi Santoso', birthDate: '2015-03-02' },
      addedBy: created.meta.counselorId,
      removed: null,
    });
    expect(mother?.member).toMatchObject({ alias: 'Ibu', relation: 'parent', needs: [] });
    expect(mother?.member.identifying).toBeUndefined();
    expect(child?.conflicts).toEqual([]);
  });

  it('changes only what is given, and an empty identifying block clears the details', async () => {
    const { call, caseId } = await caseWithASession();
    const added = await call('household.add', {
      caseId,
      alias: 'Kakak',
      relation: 'sibling',
      identifying: { name: 'Sari' },
    });
    const memberId = added.members[0]?.member.id ?? '';
    const changed = await call('household.update', {
      caseId,
      memberId,
      needs: ['health'],
      needsNote: 'Kontrol ke Puskesmas',
    });
    expect(changed.members[0]?.member).toMatchObject({
      alias: 'Kakak',
      relation: 'sibling',
      needs: ['health'],
      identifying: { name: 'Sari' },
    });
    const cleared = await call('household.update', { caseId, memberId, identifying: {} });
    expect(cleared.members[0]?.member.identifying).toBeUndefined();
    await expect(
      call('household.update', { caseId, memberId: 'nobody', alias: 'X' }),
    ).rejects.toThrow(/not_found/);
  });

  it('a removed member keeps their data, is listed apart and can be restored', async () => {
    const { call, caseId } = await caseWithASession();
    const added = await call('household.add', {
      caseId,
      alias: 'Paman',
      relation: 'relative',
      needsNote: 'Tinggal sementara',
    });
    const memberId = added.members[0]?.member.id ?? '';
    const removed = await call('household.remove', { caseId, memberId });
    expect(removed.members).toEqual([]);
    expect(removed.removed[0]?.member).toMatchObject({
      alias: 'Paman',
      needsNote: 'Tinggal sementara',
    });
    expect(removed.removed[0]?.member.removed).not.toBeNull();
    const restored = await call('household.restore', { caseId, memberId });
    expect(restored.members[0]?.member).toMatchObject({ alias: 'Paman', removed: null });
    expect(restored.removed).toEqual([]);
  });

  it('sessions, referrals and outreach name members of their own case only', async () => {
    const { call, caseId, sessionId } = await caseWithASession();
    const other = await call('cases.create', { alias: 'Lain' });
    const elsewhere = await call('household.add', {
      caseId: other.meta.id,
      alias: 'Orang lain',
      relation: 'other',
    });
    const added = await call('household.add', {
      caseId,
      alias: 'Adik A',
      relation: 'child',
      needs: ['schooling'],
    });
    const memberId = added.members[0]?.member.id ?? '';
    const strangerId = elsewhere.members[0]?.member.id ?? '';

    const session = await call('sessions.update', { sessionId, householdMemberIds: [memberId] });
    expect(session.meta.householdMemberIds).toEqual([memberId]);
    const referral = {
      caseId,
      target: 'dinasSosial' as const,
      toWhom: 'SDN 05 Cengkareng',
      reason: 'Pindah sekolah setelah banjir',
      consent: { given: true, scope: 'nama anak', method: 'verbal' as const },
      followUpDate: '2026-12-01',
    };
    const referred = await call('referrals.create', {
      ...referral,
      householdMemberIds: [memberId],
    });
    expect(referred.referrals[0]?.householdMemberIds).toEqual([memberId]);
    const outreach = await call('outreach.create', {
      caseId,
      date: '2026-11-03',
      kind: 'kelurahan',
      counterpart: 'Kelurahan Cengkareng',
      outcome: 'Akta diurus',
      householdMemberIds: [memberId],
    });
    expect(outreach.outreach[0]?.householdMemberIds).toEqual([memberId]);

    await expect(
      call('referrals.create', { ...referral, householdMemberIds: [strangerId] }),
    ).rejects.toThrow(/bad_request/);
    await expect(
      call('sessions.update', { sessionId, householdMemberIds: [strangerId] }),
    ).rejects.toThrow(/bad_request/);
    await expect(
      call('referrals.create', { ...referral, householdMemberIds: [memberId, memberId] }),
    ).rejects.toThrow();
    // Removed, the member is still named where they were.
    await call('household.remove', { caseId, memberId });
    const again = await call('sessions.update', { sessionId, householdMemberIds: [memberId] });
    expect(again.meta.householdMemberIds).toEqual([memberId]);
  });

  it('finds the case by a member alias and by what they need, not by their identifying details', async () => {
    const { call, caseId } = await caseWithASession('Seruni');
    await call('household.add', {
      caseId,
      alias: 'Si Bungsu',
      relation: 'child',
      needsNote: 'butuh seragam sekolah',
      identifying: { name: 'Rahmawati' },
    });
    const byAlias = await call('search.query', { text: 'Bungsu' });
    expect(byAlias.hits).toMatchObject([{ kind: 'household', caseId, alias: 'Seruni' }]);
    expect((await call('search.query', { text: 'seragam' })).hits).toHaveLength(1);
    expect((await call('search.query', { text: 'Rahmawati' })).hits).toEqual([]);
  });
});

describe('a household member changed differently on two laptops, through the core', () => {
  it('shows both aliases with who and when, refuses a choice the field cannot hold, and resolves', async () => {
    let h = await caseWithASession();
    const { caseId } = h;
    const added = await h.call('household.add', { caseId, alias: 'Adik', relation: 'child' });
    const memberId = added.members[0]?.member.id ?? '';
    // The other laptop's copy, taken before this laptop renames the member.
    let before: Uint8Array = new Uint8Array();
    h = {
      ...h,
      ...(await tamper(h, `case-${caseId}`, (doc) => void (before = Y.encodeStateAsUpdate(doc)))),
    };
    await h.call('household.update', { caseId, memberId, alias: 'Adik Rina' });
    const apart = new Y.Doc();
    Y.applyUpdate(apart, before);
    writeMemberFields(
      new CaseDocument(apart),
      memberId,
      { alias: 'Si Kecil', removed: { by: 'u-other', at: '2026-11-05T00:00:00.000Z' } },
      'u-other',
      '2026-11-05T00:00:00.000Z',
    );
    h = {
      ...h,
      ...(await tamper(h, `case-${caseId}`, (doc) =>
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart)),
      )),
    };

    // Removed on the other laptop, renamed on this one: removed, nothing lost, both names kept.
    const view = await h.call('household.list', { caseId });
    expect(view.members).toEqual([]);
    const [kept] = view.removed;
    expect(kept?.conflicts.map((c) => c.field)).toEqual(['alias']);
    expect(kept?.conflicts[0]?.versions.map((v) => v.value).sort()).toEqual([
      'Adik Rina',
      'Si Kecil',
    ]);
    expect(kept?.changedAfterRemoval).toBe(true);

    await expect(
      h.call('household.resolveConflict', { caseId, memberId, field: 'relation', value: 'cousin' }),
    ).rejects.toThrow(/bad_request/);
    await h.call('household.resolveConflict', {
      caseId,
      memberId,
      field: 'alias',
      value: 'Adik Rina',
    });
    const restored = await h.call('household.restore', { caseId, memberId });
    expect(restored.members[0]?.member).toMatchObject({ alias: 'Adik Rina', removed: null });
    expect(restored.members[0]?.conflicts).toEqual([]);
  });
});
