import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activityIdFor,
  entriesOf,
  readCommunity,
  signEntry,
  writeEntry,
} from '../../../electron/core/community';
import { initSodium, sodium } from '../../../electron/core/crypto';
import { actorIdOf } from '../../../electron/core/keys/actor-id';
import { toHex } from '../../../shared/encoding/hex';

const area = (kelurahan: string) => JSON.stringify({ kelurahan, rw: '5' });
const activity = (people: number) =>
  JSON.stringify({
    areaId: 'area-1',
    kind: 'areaActivity',
    date: '2026-11-20',
    reached: { people },
    notes: 'Penyuluhan di balai warga',
    recordedAt: '2026-11-20T09:00:00.000Z',
  });

describe('community work in the team document', () => {
  beforeAll(async () => {
    await initSodium();
  });
  const member = () => {
    const keys = sodium().crypto_sign_keypair();
    return { publicKey: keys.publicKey, privateKey: keys.privateKey };
  };
  const idOf = (m: { publicKey: Uint8Array }, random: string) =>
    activityIdFor(actorIdOf(m.publicKey), random);

  it('shows an activity as recorded by its signer, and an area as its newest version', () => {
    const rina = member();
    const budi = member();
    const doc = new Y.Doc();
    writeEntry(doc, signEntry(rina, 'area', 'area-1', 1, area('Kapuk')));
    writeEntry(doc, signEntry(budi, 'area', 'area-1', 2, area('Kapuk Muara')));
    writeEntry(doc, signEntry(rina, 'activity', idOf(rina, 'a1'), 3, activity(12)));
    const read = readCommunity(doc, new Set([toHex(rina.publicKey), toHex(budi.publicKey)]));
    expect(read.areas).toMatchObject([{ id: 'area-1', kelurahan: 'Kapuk Muara' }]);
    expect(read.areas[0]?.changedBy).toBe(actorIdOf(budi.publicKey));
    expect(read.activities).toMatchObject([
      { id: idOf(rina, 'a1'), reached: { people: 12 }, recordedBy: actorIdOf(rina.publicKey) },
    ]);
    expect(read.refused).toBe(0);
  });

  it("refuses an entry forged under a member's key, and one signed by someone outside the team", () => {
    const rina = member();
    const mallory = member();
    const doc = new Y.Doc();
    // Mallory signs with her own key and files it under Rina's: the signature does not verify.
    const forged = signEntry(mallory, 'activity', idOf(rina, 'f1'), 5, activity(999));
    entriesOf(doc).set(`${toHex(rina.publicKey)}/activity/${idOf(rina, 'f1')}`, {
      ...forged,
      signPk: toHex(rina.publicKey),
    });
    // Signed honestly, but Mallory is not in the roster this device verified.
    writeEntry(doc, signEntry(mallory, 'area', 'area-x', 5, area('Palsu')));
    writeEntry(doc, signEntry(mallory, 'activity', idOf(mallory, 'm1'), 5, activity(500)));
    const read = readCommunity(doc, new Set([toHex(rina.publicKey)]));
    expect(read.areas).toEqual([]);
    expect(read.activities).toEqual([]);
    expect(read.refused).toBe(3);
  });

  it("refuses a member's version of another member's activity: neither a rewrite nor a removal counts", () => {
    const rina = member();
    const budi = member();
    const doc = new Y.Doc();
    const id = idOf(rina, 'a1');
    writeEntry(doc, signEntry(rina, 'activity', id, 1, activity(12)));
    writeEntry(doc, signEntry(budi, 'activity', id, 9, activity(400)));
    const read = readCommunity(doc, new Set([toHex(rina.publicKey), toHex(budi.publicKey)]));
    expect(read.activities.map((a) => a.reached.people)).toEqual([12]);
    writeEntry(doc, signEntry(budi, 'activity', id, 10, null));
    expect(
      readCommunity(doc, new Set([toHex(rina.publicKey), toHex(budi.publicKey)])).activities,
    ).toHaveLength(1);
  });

  it('keeps the newer version when an older one arrives late, and a removal stays removed', () => {
    const rina = member();
    const doc = new Y.Doc();
    const id = idOf(rina, 'a1');
    const signers = new Set([toHex(rina.publicKey)]);
    writeEntry(doc, signEntry(rina, 'activity', id, 2, activity(20)));
    writeEntry(doc, signEntry(rina, 'activity', id, 1, activity(10)));
    expect(readCommunity(doc, signers).activities.map((a) => a.reached.people)).toEqual([20]);
    writeEntry(doc, signEntry(rina, 'activity', id, 3, null));
    writeEntry(doc, signEntry(rina, 'activity', id, 2, activity(20)));
    expect(readCommunity(doc, signers).activities).toEqual([]);
  });

  it('refuses an activity whose fields were changed after signing, or that names a client field', () => {
    const rina = member();
    const doc = new Y.Doc();
    const id = idOf(rina, 'a1');
    const signed = signEntry(rina, 'activity', id, 1, activity(12));
    entriesOf(doc).set(`${signed.signPk}/activity/${id}`, {
      ...signed,
      body: activity(1200),
    });
    const withClient = JSON.stringify({ ...JSON.parse(activity(3)), clientAlias: 'Kenanga' });
    writeEntry(doc, signEntry(rina, 'activity', idOf(rina, 'a2'), 1, withClient));
    const read = readCommunity(doc, new Set([signed.signPk]));
    expect(read.activities).toEqual([]);
    expect(read.refused).toBe(2);
  });
});
