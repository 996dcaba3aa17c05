import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinTeam } from '../../electron/core/sync';
import { openPayload } from '../../electron/core/sync/envelope';
import { initSodium } from '../../shared/crypto/sodium';
import { EntryKind, type StoredEntry } from '../../shared/sync';
import { openKeyEnvelope, toHex } from '../../shared/sync/identity';
import { sqliteRelayForSuite } from '../core/support/relay-files';
import { until } from '../core/support/until';
import { authenticate, signedEntry, type RawConnection } from '../server/support/raw';
import { memberSecrets } from './support/attacker';
import { formTeam, verifiedWith } from './support/team';

/*
 * A member of the team who turns on another (issue #10): a verified member, holding the team-wide
 * key like everyone, writes entries meant to make a colleague's device file its own documents
 * under the team's scope, so that what it writes there next goes to the whole team.
 */

/** Everything the member may pull, from the start. */
async function pullAll(conn: RawConnection): Promise<StoredEntry[]> {
  conn.send({ t: 'pull', requestId: 7, cursor: 0, scopeId: '', flags: 1 });
  const out: StoredEntry[] = [];
  for (;;) {
    const f = conn.frames.find((x) => x.t === 'entries' || x.t === 'synced');
    if (!f) {
      await conn.next('pull-info').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    conn.frames.splice(conn.frames.indexOf(f), 1);
    if (f.t === 'synced') return out;
    if (f.t === 'entries') out.push(...f.entries);
  }
}

describe('a member who turns on a colleague', () => {
  const relay = sqliteRelayForSuite();
  beforeAll(async () => {
    await initSodium();
  });

  it("cannot make a colleague's device file its personal index under the team scope", async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    const mallory = memberSecrets();
    const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
    const joined = await joinTeam({ code, secrets: mallory });
    await verifiedWith(supervisor, 3);
    await verifiedWith(counselor, 3);

    // Mallory, a verified member, receives the team-wide key like everyone.
    const { conn } = await authenticate(relay.url, joined.teamId, mallory);
    await conn.next('welcome');
    const teamScope = `team-${toHex(joined.teamId)}`;
    const teamKey = await until('the team key sealed to Mallory', async () => {
      for (const e of await pullAll(conn)) {
        if (e.kind !== EntryKind.Key || e.scopeId !== teamScope || e.aux !== joined.memberNo) {
          continue;
        }
        const opened = openKeyEnvelope(e.body, e.scopeId, e.keyId, mallory.boxKeyPair);
        if (opened) return { keyId: e.keyId, key: opened.key };
      }
      return undefined;
    });

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
        return Buffer.from(openPayload(e.body, e, teamKey.key)).toString('latin1');
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
