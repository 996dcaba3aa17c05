import * as Y from 'yjs';
import { silentLogger } from '../../../electron/core/log';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { EventHub } from '../../../electron/core/events';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

/**
 * Reaches into a data directory the way a document arriving by sync would: the core is closed,
 * the vault opened, an update applied to a document with no API in between, then the core comes
 * back. Used to tamper with signed content and the audit trail.
 */
export async function tamper(
  harness: CoreHarness,
  docId: string,
  edit: (doc: Y.Doc) => void,
): Promise<CoreHarness> {
  harness.core.close();
  const vault = Vault.load(harness.dataDir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const workspace = Workspace.open(harness.dataDir, vault, silentLogger(), new EventHub());
  try {
    const doc = workspace.docs.open(docId);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    edit(copy);
    workspace.docs.applyUpdate(docId, Y.encodeStateAsUpdate(copy, before));
  } finally {
    workspace.close();
    vault.lock();
  }
  const next = await startCore(harness.dataDir);
  await next.call('vault.unlock', { passphrase: PASSPHRASE });
  return next;
}

/** A counselor's vault with one case and one session whose note has two sentences. */
export async function sessionWithNote(harness: CoreHarness) {
  await harness.call('vault.create', { passphrase: PASSPHRASE });
  const created = await harness.call('cases.create', { alias: 'Mawar' });
  const session = await harness.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-01-05T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'whatsapp',
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(session.documentState, 'base64'));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Klien cemas soal hutang. Rencana: bertemu lagi.')]);
  const before = Y.encodeStateVector(doc);
  doc.getXmlFragment('note').push([paragraph]);
  await harness.call('documents.update', {
    documentId: session.documentId,
    update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64'),
  });
  const itemId = session.template.stages[0]?.items[0]?.itemId ?? '';
  await harness.call('sessions.tick', { sessionId: session.meta.id, itemId, checked: true });
  return { caseId: created.meta.id, session, itemId, noteDoc: doc };
}

/** The first text node of the note, in a document rebuilt from a SessionDetail's state. */
export function firstText(documentState: string): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documentState, 'base64'));
  const text = (doc.getXmlFragment('note').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  return { doc, text };
}
