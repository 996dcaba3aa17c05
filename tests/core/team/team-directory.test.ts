import { describe, expect, it } from 'vitest';
import type { DirectoryListing } from '../../../shared/api/records';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';
import { foundIn, sqliteRelayForSuite } from '../support/relay-files';

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

/** The team's directory at `h` once it is shared and holds every name in `names`. */
function sharedWith(h: CoreHarness, names: string[], what: string): Promise<DirectoryListing> {
  return until(
    what,
    async () => {
      const listing = await h.call('directory.list', {});
      const all = [...listing.contacts, ...listing.archived].map((c) => c.name);
      return listing.sharing === 'team' && names.every((n) => all.includes(n))
        ? listing
        : undefined;
    },
    30_000,
  );
}

const names = (l: DirectoryListing): string[] => l.contacts.map((c) => c.name).sort();

describe('the directory shared with the team through the relay', () => {
  const relay = sqliteRelayForSuite();

  it('reaches every member, merges what was written before joining once, and the relay reads none of it', async () => {
    // Both keep a directory before any team exists; the same Puskesmas is in both.
    const supervisor = await vault();
    await supervisor.call('directory.save', {
      kind: 'healthFacility',
      name: 'Puskesmas Kalideres',
      phone: '(021) 555-0101',
    });
    const rina = await vault();
    await rina.call('directory.save', {
      kind: 'healthFacility',
      name: 'Puskesmas Kalideres',
      phone: '021 555 0101',
      notes: 'Tanya Bu Wiragunawati di poli jiwa',
    });
    await rina.call('directory.save', { kind: 'legalAid', name: 'LBH Cendrawasih Lestari' });
    expect((await rina.call('directory.list', {})).sharing).toBe('device');

    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const rinaTeam = await supervisor.call('sync.invite', { role: 'counselor' });
    await rina.call('sync.join', { code: rinaTeam.code });
    const dewi = await joinAsCounselor(supervisor);
    const dewiChanges: string[] = [];
    dewi.core.events.subscribe((frame) => {
      if (frame.event === 'records.changed') {
        dewiChanges.push(...(frame.payload as { documentIds: string[] }).documentIds);
      }
    });

    const before = ['LBH Cendrawasih Lestari', 'Puskesmas Kalideres'];
    for (const [h, who] of [
      [supervisor, 'supervisor'],
      [rina, 'Rina'],
      [dewi, 'Dewi'],
    ] as const) {
      const listing = await sharedWith(h, before, `the merged directory at ${who}`);
      // One Puskesmas, not two: Rina's notes filled in what the supervisor's entry lacked.
      expect(names(listing)).toEqual(before);
      expect(listing.contacts.find((c) => c.name === 'Puskesmas Kalideres')?.notes).toBe(
        'Tanya Bu Wiragunawati di poli jiwa',
      );
    }

    // A counselor adds a contact: the supervisor and the other counselor see it, with who added it.
    const rinaSelf = (await rina.call('sync.status', {})).self.actorId;
    await rina.call('directory.save', {
      kind: 'rtRw',
      name: 'Pak RT 07 Kampung Wiragunawati',
      phone: '0812-7000-0707',
    });
    const rt = 'Pak RT 07 Kampung Wiragunawati';
    for (const [h, who] of [
      [supervisor, 'supervisor'],
      [dewi, 'Dewi'],
    ] as const) {
      const listing = await sharedWith(h, [rt], `the new contact at ${who}`);
      expect(listing.contacts.find((c) => c.name === rt)?.addedBy).toBe(rinaSelf);
    }
    expect(dewiChanges.some((id) => id.startsWith('directory-'))).toBe(true);

    // Dewi corrects the phone, the supervisor archives the LBH: both reach Rina.
    const atDewi = await dewi.call('directory.list', {});
    const rtContact = atDewi.contacts.find((c) => c.name === rt);
    const lbh = atDewi.contacts.find((c) => c.name === 'LBH Cendrawasih Lestari');
    if (!rtContact || !lbh) throw new Error('contacts missing at Dewi');
    const dewiSelf = (await dewi.call('sync.status', {})).self.actorId;
    await dewi.call('directory.save', { ...rtContact, phone: '0812-7000-0708' });
    await supervisor.call('directory.archive', { id: lbh.id, archived: true });
    const atRina = await until('both changes at Rina', async () => {
      const listing = await rina.call('directory.list', {});
      const changed = listing.contacts.find((c) => c.id === rtContact.id);
      return changed?.phone === '0812-7000-0708' && listing.archived.length === 1
        ? listing
        : undefined;
    });
    expect(atRina.contacts.find((c) => c.id === rtContact.id)?.changedBy).toBe(dewiSelf);

    // After a restart nothing is merged twice.
    rina.core.close();
    const again = await startCore(rina.dataDir);
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    const afterRestart = await again.call('directory.list', {});
    expect(afterRestart.sharing).toBe('team');
    expect(names(afterRestart)).toEqual(['Pak RT 07 Kampung Wiragunawati', 'Puskesmas Kalideres']);
    expect(afterRestart.archived.map((c) => c.name)).toEqual(['LBH Cendrawasih Lestari']);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await again.call('directory.list', {})).toEqual(afterRestart);

    for (const h of [supervisor, again, dewi]) h.core.close();
    for (const dir of [relay.dir, supervisor.dataDir, rina.dataDir, dewi.dataDir]) {
      for (const word of ['Wiragunawati', 'Cendrawasih', 'Kalideres', '555-0101']) {
        expect(foundIn(dir, word), `${word} in ${dir}`).toEqual([]);
      }
    }
  });
});
