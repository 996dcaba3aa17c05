import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../electron/core/crypto';
import {
  LibraryDocument,
  contentHash,
  signDecision,
  verifiedDecisions,
} from '../../../electron/core/library';
import { curationStatus, type LibraryItem } from '../../../shared/domain/library';
import { toHex } from '../../../shared/encoding/hex';

const item = (over: Partial<LibraryItem> = {}): LibraryItem => ({
  id: 'a'.repeat(32),
  version: 1,
  kind: 'text',
  title: 'Teknik napas 4-7-8',
  language: 'id',
  tags: ['kecemasan'],
  text: 'Tarik napas empat hitungan, tahan tujuh, hembuskan delapan.',
  textFormat: 'plain',
  addedBy: 'rina',
  addedAt: '2026-12-01T08:00:00.000Z',
  changedBy: 'rina',
  changedAt: '2026-12-01T08:00:00.000Z',
  ...over,
});

const keys = () => {
  const k = sodium().crypto_sign_keypair();
  return { publicKey: k.publicKey, privateKey: k.privateKey };
};

/** The status a device shows, counting only `supervisor`'s signatures. */
function statusAt(doc: LibraryDocument, supervisorHex: string, id = 'a'.repeat(32)) {
  const current = doc.get(id);
  if (!current) throw new Error('no item');
  const decisions = verifiedDecisions(doc.entries(), (k) => k === supervisorHex);
  return curationStatus(current, contentHash(current), decisions);
}

describe('curation decisions in the library document', () => {
  beforeAll(async () => {
    await initSodium();
  });

  it("counts a supervisor's signed approval of the exact version it names", () => {
    const supervisor = keys();
    const doc = new LibraryDocument(new Y.Doc());
    doc.put(item());
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('draft');
    doc.addEntry(signDecision(supervisor, item(), 'approved', 1000));
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('approved');
  });

  it("ignores an approval a counselor signs with their own key, and one forged under the supervisor's key", () => {
    const supervisor = keys();
    const counselor = keys();
    const doc = new LibraryDocument(new Y.Doc());
    doc.put(item());
    doc.addEntry(signDecision(counselor, item(), 'approved', 1000));
    const forged = signDecision(counselor, item(), 'approved', 2000);
    doc.addEntry({ ...forged, signPk: toHex(supervisor.publicKey) });
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('draft');
  });

  it('does not let an approval of one item be moved to another', () => {
    const supervisor = keys();
    const doc = new LibraryDocument(new Y.Doc());
    const other = item({ id: 'b'.repeat(32), title: 'Obat herbal untuk depresi' });
    doc.put(item());
    doc.put(other);
    const approval = signDecision(supervisor, item(), 'approved', 1000);
    doc.addEntry({ ...approval, itemId: other.id, contentHash: contentHash(other) });
    expect(statusAt(doc, toHex(supervisor.publicKey), other.id).status).toBe('draft');
  });

  it('makes a changed item a draft again, even when the change keeps the approved version number', () => {
    const supervisor = keys();
    const doc = new LibraryDocument(new Y.Doc());
    doc.put(item());
    doc.addEntry(signDecision(supervisor, item(), 'approved', 1000));
    doc.put(item({ text: 'Berhenti minum obat dari dokter.' }));
    const seen = statusAt(doc, toHex(supervisor.publicKey));
    expect(seen.status).toBe('draft');
    expect(seen.changedSinceApproval).toBe(true);
    doc.put(item({ version: 2, text: 'Tarik napas perlahan.' }));
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('draft');
  });

  it('keeps a hidden item hidden when an older approval is written back', () => {
    const supervisor = keys();
    const doc = new LibraryDocument(new Y.Doc());
    doc.put(item());
    const approval = signDecision(supervisor, item(), 'approved', 1000);
    doc.addEntry(approval);
    doc.addEntry(signDecision(supervisor, item(), 'hidden', 2000));
    doc.addEntry(approval);
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('hidden');
    doc.addEntry(signDecision(supervisor, item(), 'retired', 3000));
    doc.put(item({ version: 2, text: 'Versi baru' }));
    expect(statusAt(doc, toHex(supervisor.publicKey)).status).toBe('retired');
  });

  it('reads no entry whose key in the map does not match what it says', () => {
    const supervisor = keys();
    const y = new Y.Doc();
    const doc = new LibraryDocument(y);
    doc.put(item());
    const approval = signDecision(supervisor, item(), 'approved', 1000);
    y.getMap('curation').set('somewhere-else', approval);
    expect(doc.entries()).toEqual([]);
  });
});
