import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  markMerged,
  mergeContacts,
  readContacts,
  setArchived,
  unmergedContacts,
  writeContact,
} from '../../../electron/core/records/directory';
import type { ContactFields } from '../../../shared/domain';

const RINA = { by: 'actor-rina', at: '2026-11-20T09:00:00.000Z' };
const SARI = { by: 'actor-sari', at: '2026-11-21T10:00:00.000Z' };
const TEAM = 'ab'.repeat(16);

const puskesmas: ContactFields = {
  kind: 'healthFacility',
  name: 'Puskesmas Kalideres',
  phone: '(021) 555-0101',
};
const rt: ContactFields = { kind: 'rtRw', name: 'Pak RT 05', phone: '0812-3456-7890' };

/** Two devices that were apart: each edits its copy, then they exchange updates. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('the directory of referral contacts', () => {
  it('records who added a contact and who changed it last, and an unchanged save writes nothing', () => {
    const doc = new Y.Doc();
    writeContact(doc, 'c1', puskesmas, RINA);
    const before = Y.encodeStateVector(doc);
    writeContact(doc, 'c1', { ...puskesmas }, SARI);
    expect(Y.encodeStateVector(doc)).toEqual(before);

    writeContact(doc, 'c1', { ...puskesmas, notes: 'Poli jiwa buka Senin' }, SARI);
    expect(readContacts(doc)).toEqual([
      {
        id: 'c1',
        ...puskesmas,
        notes: 'Poli jiwa buka Senin',
        addedBy: RINA.by,
        addedAt: RINA.at,
        changedBy: SARI.by,
        changedAt: SARI.at,
      },
    ]);
    // A field emptied in the form is removed, not kept from before.
    writeContact(doc, 'c1', { kind: puskesmas.kind, name: puskesmas.name }, SARI);
    expect(readContacts(doc)[0]).not.toHaveProperty('phone');
    expect(readContacts(doc)[0]).not.toHaveProperty('notes');
  });

  it('archives a contact without deleting it, and restores it', () => {
    const doc = new Y.Doc();
    writeContact(doc, 'c1', puskesmas, RINA);
    expect(setArchived(doc, 'c1', true, SARI)).toBe(true);
    const [archived] = readContacts(doc);
    expect(archived).toMatchObject({ id: 'c1', name: puskesmas.name, archivedBy: SARI.by });
    expect(archived?.archivedAt).toBe(SARI.at);

    // Archiving again keeps the first archiving's who and when.
    setArchived(doc, 'c1', true, RINA);
    expect(readContacts(doc)[0]?.archivedBy).toBe(SARI.by);

    expect(setArchived(doc, 'c1', false, RINA)).toBe(true);
    expect(readContacts(doc)[0]).not.toHaveProperty('archivedAt');
    expect(readContacts(doc)[0]?.name).toBe(puskesmas.name);
  });

  it('refuses to archive a contact that does not exist', () => {
    const doc = new Y.Doc();
    expect(setArchived(doc, 'nobody', true, RINA)).toBe(false);
    expect(readContacts(doc)).toEqual([]);
  });

  it('keeps both members’ changes to different contacts and different fields made while apart', () => {
    const rinaDoc = new Y.Doc();
    writeContact(rinaDoc, 'c1', puskesmas, RINA);
    const sariDoc = new Y.Doc();
    sync(rinaDoc, sariDoc);

    writeContact(rinaDoc, 'c1', { ...puskesmas, phone: '(021) 555-0199' }, RINA);
    writeContact(rinaDoc, 'c2', rt, RINA);
    writeContact(sariDoc, 'c1', { ...puskesmas, address: 'Jl. Kamal Raya 2' }, SARI);
    setArchived(sariDoc, 'c1', true, SARI);
    sync(rinaDoc, sariDoc);

    expect(readContacts(rinaDoc)).toEqual(readContacts(sariDoc));
    const [first, second] = readContacts(rinaDoc);
    expect(first).toMatchObject({
      id: 'c2',
      name: rt.name,
    });
    expect(second).toMatchObject({
      id: 'c1',
      phone: '(021) 555-0199',
      address: 'Jl. Kamal Raya 2',
      archivedBy: SARI.by,
    });
  });
});

describe('merging the contacts written before joining into the team directory', () => {
  it('adds each contact once, keeping its id and archive state, however often it runs', () => {
    const mine = new Y.Doc();
    writeContact(mine, 'c1', puskesmas, RINA);
    writeContact(mine, 'c2', rt, RINA);
    setArchived(mine, 'c2', true, RINA);
    const team = new Y.Doc();
    writeContact(team, 't1', { kind: 'police', name: 'Polsek Kalideres' }, SARI);

    expect(mergeContacts(readContacts(mine), team, RINA.by, SARI.at)).toBe(2);
    const merged = readContacts(team);
    expect(merged.map((c) => c.id).sort()).toEqual(['c1', 'c2', 't1']);
    expect(merged.find((c) => c.id === 'c2')?.archivedAt).toBe(RINA.at);

    const after = Y.encodeStateVector(team);
    expect(mergeContacts(readContacts(mine), team, RINA.by, SARI.at)).toBe(0);
    expect(Y.encodeStateVector(team)).toEqual(after);
    expect(readContacts(team)).toEqual(merged);
  });

  it('leaves a contact the team has since edited or archived as the team left it', () => {
    const mine = new Y.Doc();
    writeContact(mine, 'c1', puskesmas, RINA);
    const team = new Y.Doc();
    mergeContacts(readContacts(mine), team, RINA.by, RINA.at);
    writeContact(team, 'c1', { ...puskesmas, phone: '(021) 555-0199' }, SARI);
    setArchived(team, 'c1', true, SARI);

    expect(mergeContacts(readContacts(mine), team, RINA.by, RINA.at)).toBe(0);
    expect(readContacts(team)).toEqual([
      expect.objectContaining({ id: 'c1', phone: '(021) 555-0199', archivedBy: SARI.by }),
    ]);
  });

  it('does not add a contact the team already has under another id, only fills in what it lacks', () => {
    const mine = new Y.Doc();
    writeContact(
      mine,
      'c1',
      { ...puskesmas, name: ' puskesmas  KALIDERES', phone: '021 555 0101', notes: 'Bu Dewi' },
      RINA,
    );
    const team = new Y.Doc();
    writeContact(team, 't1', puskesmas, SARI);

    expect(mergeContacts(readContacts(mine), team, RINA.by, RINA.at)).toBe(0);
    expect(readContacts(team)).toEqual([
      expect.objectContaining({ id: 't1', name: puskesmas.name, notes: 'Bu Dewi' }),
    ]);
  });

  it('names this account as who added contacts written before the directory kept it', () => {
    const mine = new Y.Doc();
    const old = new Y.Map<unknown>(Object.entries({ id: 'old', ...rt }));
    mine.getMap<Y.Map<unknown>>('contacts').set('old', old);
    const team = new Y.Doc();
    mergeContacts(readContacts(mine), team, RINA.by, SARI.at);
    expect(readContacts(team)).toEqual([{ id: 'old', ...rt, addedBy: RINA.by }]);
  });

  it('remembers which contacts went to which team, so a contact written later still goes, and none twice', () => {
    const mine = new Y.Doc();
    writeContact(mine, 'c1', puskesmas, RINA);
    const team = new Y.Doc();
    const first = unmergedContacts(mine, TEAM);
    expect(mergeContacts(first, team, RINA.by, RINA.at)).toBe(1);
    markMerged(
      mine,
      TEAM,
      first.map((c) => c.id),
      RINA.at,
    );
    // The team archives it; a later merge must not bring a twin back.
    setArchived(team, 'c1', true, SARI);
    expect(unmergedContacts(mine, TEAM)).toEqual([]);

    // Written while the team's key was missing (a restored notebook): merged the next time.
    writeContact(mine, 'c2', rt, RINA);
    expect(unmergedContacts(mine, TEAM).map((c) => c.id)).toEqual(['c2']);
    expect(mergeContacts(unmergedContacts(mine, TEAM), team, RINA.by, SARI.at)).toBe(1);
    expect(readContacts(team).map((c) => [c.id, Boolean(c.archivedAt)])).toEqual([
      ['c2', false],
      ['c1', true],
    ]);
    // Another team has had none of them.
    expect(unmergedContacts(mine, 'cd'.repeat(16))).toHaveLength(2);
  });
});
