import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPayload } from '../../electron/core/sync/envelope';
import { initSodium } from '../../shared/crypto/sodium';
import { EntryKind } from '../../shared/sync';
import { sqliteRelayForSuite } from '../core/support/relay-files';
import { signedEntry } from '../server/support/raw';
import { pullAll, rawMember } from './support/raw-member';
import { formTeam, verifiedWith } from './support/team';

/*
 * A member of the team who turns on another (issue #10): a verified member, holding the team-wide
 * key like everyone, writes entries meant to make a colleague's device file its own documents
 * under the team's scope, so that what it writes there next goes to the whole team.
 */

describe('a member who turns on a colleague', () => {
  const relay = sqliteRelayForSuite();
  beforeAll(async () => {
    await initSodium();
  });

  it("cannot make a colleague's device file its personal index under the team scope", async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    // Mallory, a verified member, receives the team-wide key like everyone.
    const {
      secrets: mallory,
      joined,
      conn,
      teamScope,
      teamKey,
    } = await rawMember(supervisor, relay.url);
    await verifiedWith(supervisor, 3);
    await verifiedWith(counselor, 3);

    // She writes an update to the counselor's personal index, filed under the team scope.
    const bait = new Y.Doc();
    bait.getMap('cases').set('bait', 'x');
    conn.send({
      t: 'push',
      entries: [
        signedEntry({
          teamId: joined.teamId,
          secrets: mallory,
          docId: 'index',
          scopeId: teamScope,
          keyId: teamKey.keyId,
          key: teamKey.key,
          update: Y.encodeStateAsUpdate(bait),
        }),
      ],
    });
    await conn.next('ack');

    // The counselor's device receives it, then adds a case (its index now holds the alias).
    await new Promise((r) => setTimeout(r, 1500));
    const alias = 'Kenanga-Rahasia';
    await counselor.call('cases.create', { alias });
    await new Promise((r) => setTimeout(r, 2500));
    const readable = (await pullAll(conn)).filter(
      (e) => e.kind !== EntryKind.Key && e.keyId === teamKey.keyId,
    );
    const texts = readable.map((e) => {
      try {
        return Buffer.from(openPayload(e.body, e, teamKey.key).data).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(texts.some((t) => t.includes(alias))).toBe(false);
    expect(readable.some((e) => e.docId === 'index' && e.author !== joined.memberNo)).toBe(false);
    // The bait is set aside, shown as a problem, not applied.
    expect((await counselor.call('sync.status', {})).quarantined).toBeGreaterThan(0);
    conn.close();
  });
});
