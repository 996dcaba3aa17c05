import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSodium, sodium } from '../../../electron/core/crypto';
import type { Signer } from '../../../electron/core/review';
import {
  readProfiles,
  signProfile,
  verifyProfile,
  writeProfile,
} from '../../../electron/core/team/member-profiles';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function account(): Signer & { pk: string } {
  const pair = sodium().crypto_sign_keypair();
  return { publicKey: pair.publicKey, privateKey: pair.privateKey, pk: hex(pair.publicKey) };
}

/** Two devices holding the team's profiles document, synced both ways on demand. */
function twoDevices(): { one: Y.Doc; two: Y.Doc; sync: () => void } {
  const one = new Y.Doc();
  const two = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one, Y.encodeStateVector(two)));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two, Y.encodeStateVector(one)));
  };
  return { one, two, sync };
}

const names = (doc: Y.Doc, members: Array<{ pk: string }>) =>
  Object.fromEntries(
    [...readProfiles(doc, new Set(members.map((m) => m.pk)))].map(([pk, p]) => [pk, p.name]),
  );

describe("members' display names, signed by their owners", () => {
  beforeAll(async () => {
    await initSodium();
  });

  it('verifies a name signed by its owner, and not once the name or time is changed', () => {
    const rina = account();
    const entry = signProfile(rina, { name: 'Rina', updatedAt: 1000 });
    expect(verifyProfile(entry)).toBe(true);
    expect(verifyProfile({ ...entry, name: 'Rini' })).toBe(false);
    expect(verifyProfile({ ...entry, updatedAt: 1001 })).toBe(false);
  });

  it("ignores a name signed by another member's key for someone else", () => {
    const rina = account();
    const budi = account();
    const doc = new Y.Doc();
    writeProfile(doc, signProfile(rina, { name: 'Rina', updatedAt: 1000 }));
    // Budi writes a newer "Rina" entry naming Rina's key, signed with his own key.
    const forged = signProfile(budi, { name: 'Supervisor Sari', updatedAt: 2000 });
    doc.getMap('profiles').set(`${rina.pk}/2000`, { ...forged, signPk: rina.pk });
    expect(names(doc, [rina, budi])).toEqual({ [rina.pk]: 'Rina' });
  });

  it('ignores a name signed by someone who is not on the member list', () => {
    const rina = account();
    const stranger = account();
    const doc = new Y.Doc();
    writeProfile(doc, signProfile(rina, { name: 'Rina', updatedAt: 1000 }));
    writeProfile(doc, signProfile(stranger, { name: 'Orang asing', updatedAt: 1000 }));
    expect(names(doc, [rina])).toEqual({ [rina.pk]: 'Rina' });
  });

  it('ignores entries that are not profile entries at all', () => {
    const rina = account();
    const doc = new Y.Doc();
    doc.getMap('profiles').set(`${rina.pk}/5`, { signPk: rina.pk, name: 'Rina' });
    doc.getMap('profiles').set('junk', 42);
    expect(names(doc, [rina])).toEqual({});
  });

  it('shows the newest valid name of a member, whatever order the entries came in', () => {
    const rina = account();
    const doc = new Y.Doc();
    const older = signProfile(rina, { name: 'Rina', updatedAt: 1000 });
    const newer = signProfile(rina, { name: 'Rina Wulandari', updatedAt: 2000 });
    doc.getMap('profiles').set('b', older);
    doc.getMap('profiles').set('a', newer);
    expect(readProfiles(doc, new Set([rina.pk])).get(rina.pk)).toEqual({
      name: 'Rina Wulandari',
      updatedAt: 2000,
    });
  });

  it('keeps one entry per member on a device: a new name drops the older ones', () => {
    const rina = account();
    const doc = new Y.Doc();
    writeProfile(doc, signProfile(rina, { name: 'Rina', updatedAt: 1000 }));
    writeProfile(doc, signProfile(rina, { name: 'Rina W.', updatedAt: 2000 }));
    expect([...doc.getMap('profiles').keys()]).toEqual([`${rina.pk}/2000`]);
    expect(names(doc, [rina])).toEqual({ [rina.pk]: 'Rina W.' });
  });

  it('converges on the newer name when two devices of one account rename it apart', () => {
    const rina = account();
    const { one, two, sync } = twoDevices();
    writeProfile(one, signProfile(rina, { name: 'Rina', updatedAt: 1000 }));
    sync();
    writeProfile(two, signProfile(rina, { name: 'Bu Rina', updatedAt: 3000 }));
    writeProfile(one, signProfile(rina, { name: 'Rina W.', updatedAt: 2000 }));
    sync();
    expect(names(one, [rina])).toEqual({ [rina.pk]: 'Bu Rina' });
    expect(names(two, [rina])).toEqual({ [rina.pk]: 'Bu Rina' });
  });

  it('treats an empty name as a name cleared', () => {
    const rina = account();
    const doc = new Y.Doc();
    writeProfile(doc, signProfile(rina, { name: 'Rina', updatedAt: 1000 }));
    writeProfile(doc, signProfile(rina, { name: '', updatedAt: 2000 }));
    expect(names(doc, [rina])).toEqual({ [rina.pk]: '' });
  });
});
