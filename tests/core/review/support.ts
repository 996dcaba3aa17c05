import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import * as Y from 'yjs';
import { contentHash, SIGNOFF_VERSION, signOffMessage, type SignOff } from '../../../shared/domain';
import { actorIdOf } from '../../../electron/core/keys/actor-id';
import { silentLogger } from '../../../electron/core/log';
import { reviewCrypto, sessionContent, type Signer } from '../../../electron/core/review';
import { signHex } from '../../../electron/core/review/review-crypto';
import { toHex } from '../../../shared/encoding/hex';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { EventHub } from '../../../electron/core/events';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

/**
 * A relay for the tests of one file. Only a supervisor of a team signs off, so a test that signs
 * makes its user the founder of a team of one on it (`sessionWithNote(h, relay())`).
 */
export function relayForTests(): () => string {
  let relay: ChildServer | undefined;
  beforeAll(async () => {
    relay = await spawnServer({
      dataDir: mkdtempSync(join(tmpdir(), 'pd-relay-')),
      allowTeamCreation: true,
    });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });
  return () => {
    if (!relay) throw new Error('the relay is not started yet');
    return relay.url;
  };
}

/** The account's signing pair, read from its vault as a modified client could. */
export function accountSigner(dataDir: string): Signer {
  const vault = Vault.load(dataDir, { kdfCost: TEST_KDF_COST });
  const { signKeyPair } = vault.unlock(PASSPHRASE);
  const signer = {
    publicKey: signKeyPair.publicKey.slice(),
    privateKey: signKeyPair.privateKey.slice(),
  };
  vault.lock();
  return signer;
}

/**
 * A sign-off made outside the core's checks, as a modified client would write it into the
 * document: a genuine Ed25519 signature over the content as it is, by whatever key it is given.
 */
export function forgeSignOff(doc: Y.Doc, sessionId: string, signer: Signer, at: string): void {
  const fields: Omit<SignOff, 'signature'> = {
    v: SIGNOFF_VERSION,
    sessionId,
    hash: contentHash(sessionContent(doc), reviewCrypto),
    signerPublicKey: toHex(signer.publicKey),
    signerId: actorIdOf(signer.publicKey),
    at,
  };
  const signOff: SignOff = { ...fields, signature: signHex(signOffMessage(fields), signer) };
  doc.getMap('review').set('signOff', signOff);
  doc.getArray('reviewThread').push([{ kind: 'sign', text: '', by: fields.signerId, at }]);
}

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

/**
 * A vault with one case and one session whose note has two sentences; with a relay's address,
 * its user first founds a team there, so they are its supervisor and may sign off.
 */
export async function sessionWithNote(harness: CoreHarness, teamOn?: string) {
  await harness.call('vault.create', { passphrase: PASSPHRASE });
  if (teamOn) await harness.call('sync.createTeam', { serverUrl: teamOn });
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
