import { joinTeam } from '../../../electron/core/sync';
import { EntryKind, type StoredEntry } from '../../../shared/sync';
import { openKeyEnvelope, toHex } from '../../../shared/sync/identity';
import type { CoreHarness } from '../../core/support/core-harness';
import { until } from '../../core/support/until';
import { authenticate, signedEntry, type RawConnection } from '../../server/support/raw';
import { memberSecrets } from './attacker';

/** Everything the member may pull, from the start. */
export async function pullAll(conn: RawConnection): Promise<StoredEntry[]> {
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

/**
 * A member whose keys the test holds (a raw protocol client, not a core): invited by
 * `supervisor`, joined, and connected straight to the relay at `relayUrl`, once it holds the
 * team-wide key like every member.
 */
export async function rawMember(supervisor: CoreHarness, relayUrl: string) {
  const secrets = memberSecrets();
  const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
  const joined = await joinTeam({ code, secrets });
  const { conn } = await authenticate(relayUrl, joined.teamId, secrets);
  await conn.next('welcome');
  const teamScope = `team-${toHex(joined.teamId)}`;
  const teamKey = await until('the team key sealed to the member', async () => {
    for (const e of await pullAll(conn)) {
      if (e.kind !== EntryKind.Key || e.scopeId !== teamScope || e.aux !== joined.memberNo) {
        continue;
      }
      const opened = openKeyEnvelope(e.body, e.scopeId, e.keyId, secrets.boxKeyPair);
      if (opened) return { keyId: e.keyId, key: opened.key };
    }
    return undefined;
  });
  return { secrets, joined, conn, teamScope, teamKey };
}

/** Pushes one update to a team-wide document as the member's change number `seq`. */
export function pushToTeamDocument(
  member: Awaited<ReturnType<typeof rawMember>>,
  docId: string,
  update: Uint8Array,
  seq = 1,
): void {
  member.conn.send({
    t: 'push',
    entries: [
      signedEntry({
        teamId: member.joined.teamId,
        secrets: member.secrets,
        docId,
        scopeId: member.teamScope,
        keyId: member.teamKey.keyId,
        key: member.teamKey.key,
        update,
        seq,
      }),
    ],
  });
}
