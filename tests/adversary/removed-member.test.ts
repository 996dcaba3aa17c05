import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  profilesDocumentId,
  signProfile,
  writeProfile,
} from '../../electron/core/team/member-profiles';
import { toHex } from '../../shared/sync/identity';
import { until } from '../core/support/until';
import { signedEntry } from '../server/support/raw';
import { lyingRelayForEach } from './support/lying-relay';
import { rawMember } from './support/raw-member';
import { formTeam, verifiedWith } from './support/team';

/*
 * A removed member who keeps writing (issue #10), with a relay that helps: an honest relay
 * refuses their uploads, this one slips their entry into a colleague's stream. The removal is a
 * signed roster event naming the last sequence number of theirs that counts; anything the relay
 * numbers after it is refused by every device, and shown, whatever the relay says.
 */
describe('a member removed from the team', () => {
  const attack = lyingRelayForEach();
  const relay = attack.relay;

  it("cannot have an entry written after the removal applied on a colleague's device", async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    const mallory = await rawMember(supervisor, relay.url);
    await verifiedWith(counselor, 3);
    await supervisor.call('sync.removeMember', { memberNo: mallory.joined.memberNo });
    await verifiedWith(counselor, 2);

    // After her removal she names herself, signed with her own key, in the team's profiles
    // document, under the team key she still holds; the relay slips it to the counselor.
    const update = new Y.Doc();
    writeProfile(
      update,
      signProfile(mallory.secrets.signKeyPair, { name: 'Supervisor Baru', updatedAt: Date.now() }),
    );
    const entry = signedEntry({
      teamId: mallory.joined.teamId,
      secrets: mallory.secrets,
      docId: profilesDocumentId(toHex(mallory.joined.teamId)),
      scopeId: mallory.teamScope,
      keyId: mallory.teamKey.keyId,
      key: mallory.teamKey.key,
      update: Y.encodeStateAsUpdate(update),
    });
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    let delivered = false;
    attack.lying.lies.toDevice = (f, victim) => {
      if (f.t !== 'synced' || victim.memberNo !== counselorNo || delivered) return [f];
      delivered = true;
      const live = { ...entry, seq: 1_000_000, author: mallory.joined.memberNo };
      return [f, { t: 'entries', requestId: 0, entries: [live] }];
    };
    attack.lying.reconnectAll();
    await until('the entry delivered', async () => (delivered ? true : undefined));

    const shown = await until('the entry set aside at the counselor', async () => {
      const o = await counselor.call('sync.status', {});
      return o.quarantined > 0 ? o : undefined;
    });
    const her = shown.members.find((m) => m.memberNo === mallory.joined.memberNo);
    expect(her?.removed).toBe(true);
    expect(her?.displayName).not.toBe('Supervisor Baru');
    mallory.conn.close();
  });
});
