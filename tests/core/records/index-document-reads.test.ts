import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexDocument, type IndexedCase } from '../../../electron/core/records/index-document';

const entry = (id: string, alias: string): IndexedCase => ({
  id,
  alias,
  status: 'open',
  tags: [],
  createdAt: '2026-12-01T08:00:00.000Z',
  riskFlagged: false,
  riskLevel: 'none',
});

const ID_A = '01JBX0000000000000000000AA';
const ID_B = '01JBX0000000000000000000BB';

describe('reading the index', () => {
  it('sees a change made on this device after the entries were read once', () => {
    const doc = new Y.Doc();
    const index = new IndexDocument(doc);
    doc.transact(() => index.putCase(entry(ID_A, 'Mawar')));
    expect(index.cases().map((c) => c.alias)).toEqual(['Mawar']);
    doc.transact(() => index.putCase(entry(ID_A, 'Melati')));
    expect(index.cases().map((c) => c.alias)).toEqual(['Melati']);
  });

  it('sees a change that arrives from another device', () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    const index = new IndexDocument(here);
    here.transact(() => index.putCase(entry(ID_A, 'Mawar')));
    expect(index.cases()).toHaveLength(1);
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    there.transact(() => new IndexDocument(there).putCase(entry(ID_B, 'Kenanga')));
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there));
    expect(
      index
        .cases()
        .map((c) => c.alias)
        .sort(),
    ).toEqual(['Kenanga', 'Mawar']);
  });

  it('sees its own writes inside the transaction that makes them', () => {
    const doc = new Y.Doc();
    const index = new IndexDocument(doc);
    doc.transact(() => index.putCase(entry(ID_A, 'Mawar')));
    expect(index.cases()).toHaveLength(1);
    doc.transact(() => {
      index.putCase(entry(ID_B, 'Kenanga'));
      expect(index.cases()).toHaveLength(2);
    });
  });

  it('hands each reader a list of its own, whose entries no reader can change', () => {
    const doc = new Y.Doc();
    const index = new IndexDocument(doc);
    doc.transact(() => index.putCase(entry(ID_A, 'Mawar')));
    const first = index.cases();
    first.pop();
    expect(index.cases()).toHaveLength(1);
    const [only] = index.cases();
    expect(() => {
      (only as { alias: string }).alias = 'changed';
    }).toThrow(TypeError);
    expect(index.cases()[0]?.alias).toBe('Mawar');
  });

  it('reports an invalid entry once per version, not at every read', () => {
    const doc = new Y.Doc();
    const invalid: string[] = [];
    const index = new IndexDocument(doc, (what) => invalid.push(what));
    doc.getMap('cases').set(ID_A, { id: ID_A, alias: 42 });
    expect(index.cases()).toEqual([]);
    expect(index.cases()).toEqual([]);
    expect(invalid).toEqual(['cases']);
  });
});

describe('index entries stored as text', () => {
  it('are read back as the entries that were written', () => {
    const doc = new Y.Doc();
    doc.transact(() => new IndexDocument(doc).putCase(entry(ID_A, 'Mawar 🌹')));
    expect(typeof doc.getMap('cases').get(ID_A)).toBe('string');
    const there = new Y.Doc();
    Y.applyUpdate(there, Y.encodeStateAsUpdate(doc));
    expect(new IndexDocument(there).caseEntry(ID_A)?.alias).toBe('Mawar 🌹');
  });

  it('still reads entries an older version wrote as objects, and rewrites them as text once', () => {
    const doc = new Y.Doc();
    doc.getMap('cases').set(ID_A, entry(ID_A, 'Mawar'));
    doc.getMap('sessions').set(ID_B, {
      id: ID_B,
      caseId: ID_A,
      startsAt: '2026-12-01T08:00:00.000Z',
      durationMinutes: 45,
      channel: 'faceToFace',
      riskLevel: 'none',
    });
    const index = new IndexDocument(doc);
    expect(index.cases().map((c) => c.alias)).toEqual(['Mawar']);
    expect(index.sessionsOfCase(ID_A).map((s) => s.id)).toEqual([ID_B]);
    expect(index.storeEntriesAsText()).toBe(2);
    expect(typeof doc.getMap('sessions').get(ID_B)).toBe('string');
    expect(index.sessionsOfCase(ID_A).map((s) => s.id)).toEqual([ID_B]);
    expect(index.storeEntriesAsText()).toBe(0);
  });

  it('skips a text that is not JSON as a damaged entry, and reads the others', () => {
    const doc = new Y.Doc();
    const skipped: string[] = [];
    const index = new IndexDocument(doc, (what) => skipped.push(what));
    doc.transact(() => index.putCase(entry(ID_A, 'Mawar')));
    doc.getMap('cases').set(ID_B, '{"id":');
    expect(index.cases().map((c) => c.alias)).toEqual(['Mawar']);
    expect(skipped).toEqual(['cases']);
    expect(index.removeCase(ID_B)).toEqual({ sessionIds: [], referralIds: [] });
  });
});
