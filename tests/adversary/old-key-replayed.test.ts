import { describe, expect, it } from 'vitest';
import { joinTeam } from '../../electron/core/sync';
import { openPayload } from '../../electron/core/sync/envelope';
import { EntryKind, type OutEntry, type StoredEntry } from '../../shared/sync';
import { openKeyEnvelope } from '../../shared/sync/identity';
import { until } from '../core/support/until';
import { entriesIn, memberSecrets, plaintextFound } from './support/attacker';
import { heldKeyIds } from './support/device-files';
import { lyingRelayForEach } from './support/lying-relay';
import { formTeam, invite, notebook, readsNote, verifiedWith, writeSession } from './support/team';

/*
 * A relay that replays an old case key as current after a rotation (issue 10, item 2). A
 * supervisor removes a member, which rotates every case key; the relay holds the case's key
 * envelopes back from another supervisor's device and hands them over in the order it likes.
 * Before key generations, the key to arrive last became the one written with: an old key, which
 * the removed member holds, would then seal what is written next.
 */

const SECRET = 'Melati bercerita tentang ancaman di rumah';
const AFTER = 'Komentar supervisor sesudah rotasi kunci';

type Order = 'old-first' | 'new-first';

describe('a relay that replays an old key as current after a rotation', () => {
  const attack = lyingRelayForEach();
  const relay = attack.relay;

  it.each<[string, Order]>([
    ['holds the new key back and sends the old one first, then replays the old one', 'old-first'],
    ['sends the new key first and the old one after it', 'new-first'],
  ])('%s: the old key never becomes current', async (_, order) => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    const victim = await notebook();
    await invite(supervisor, victim, 'supervisor');
    const removed = memberSecrets();
    const { code } = await supervisor.call('sync.invite', { role: 'supervisor' });
    const removedNo = (await joinTeam({ code, secrets: removed })).memberNo;
    for (const h of [supervisor, counselor, victim]) await verifiedWith(h, 4);
    const victimNo = (await victim.call('sync.status', {})).memberNo as number;

    // The case's key envelopes for the victim are held back; what the victim writes is watched.
    const held: StoredEntry[] = [];
    const written: Array<{ entry: OutEntry; keysHeld: string[] }> = [];
    let release: StoredEntry[] = [];
    attack.lying.lies = {
      toDevice: (f, v) => {
        if (v.memberNo !== victimNo) return [f];
        if (f.t === 'synced' && release.length > 0) {
          // Handed over after a pull, as if it had just been written.
          const entries = release;
          release = [];
          return [f, { t: 'entries', requestId: 0, entries }];
        }
        if (f.t !== 'entries') return [f];
        const isCaseKey = (e: StoredEntry): boolean =>
          e.kind === EntryKind.Key && e.aux === victimNo && !e.scopeId.startsWith('team-');
        held.push(...f.entries.filter(isCaseKey));
        return [{ ...f, entries: f.entries.filter((e) => !isCaseKey(e)) }];
      },
      toRelay: (f, v) => {
        if (v.memberNo === victimNo && f.t === 'push') {
          const keysHeld = heldKeyIds(victim);
          for (const entry of f.entries.filter((e) => e.kind !== EntryKind.Key)) {
            written.push({ entry, keysHeld });
          }
        }
        return [f];
      },
    };

    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await readsNote(supervisor, sessionId, SECRET);
    const caseId = (await supervisor.call('sessions.get', { sessionId })).meta.caseId;
    const caseKeyIds = (): string[] => [...new Set(held.map((e) => e.keyId))];
    await until('the first case key held back from the victim', async () =>
      caseKeyIds().length === 1 ? true : undefined,
    );
    const [oldKey] = caseKeyIds() as [string];

    await supervisor.call('sync.removeMember', { memberNo: removedNo });
    await until('the rotated case key held back from the victim', async () =>
      caseKeyIds().length === 2 ? true : undefined,
    );
    const newKey = caseKeyIds().find((k) => k !== oldKey) as string;
    const envelopes = (keyId: string): StoredEntry[] => held.filter((e) => e.keyId === keyId);
    const deliver = async (keyId: string): Promise<void> => {
      release = envelopes(keyId);
      attack.lying.reconnectAll();
      await until(`key ${keyId} at the victim`, async () =>
        heldKeyIds(victim).includes(keyId) ? true : undefined,
      );
    };
    const victimWrites = async (text: string): Promise<void> => {
      // A supervisor's words go into a comment: the counselor's note is not theirs (issue #12).
      const detail = await victim.call('comments.add', {
        sessionId,
        anchor: { kind: 'session' },
        text,
      });
      await until('the edit pushed', async () =>
        written.some((w) => w.entry.docId === detail.documentId && w.keysHeld.includes(newKey))
          ? true
          : undefined,
      );
    };

    if (order === 'old-first') {
      await deliver(oldKey);
      await readsNote(victim, sessionId, SECRET);
      await deliver(newKey);
      await victimWrites(AFTER);
      // The relay replays the old envelopes: the device already holds that key, nothing changes.
      written.length = 0;
      release = envelopes(oldKey);
      attack.lying.reconnectAll();
      await new Promise((r) => setTimeout(r, 1500));
      await victimWrites(`${AFTER} (2)`);
    } else {
      await deliver(newKey);
      // The old key, which the removed member holds, arrives last and is new to this device.
      await deliver(oldKey);
      await readsNote(victim, sessionId, SECRET);
      await victimWrites(AFTER);
    }

    // Once the victim holds the rotated key, nothing it writes to the case uses the old one.
    const afterRotation = written.filter((w) => w.keysHeld.includes(newKey));
    expect(afterRotation.filter((w) => w.entry.scopeId === caseId).length).toBeGreaterThan(0);
    expect(afterRotation.filter((w) => w.entry.keyId === oldKey)).toEqual([]);

    // The removed member held the old key (its envelopes open with their key), never the new one,
    // and no entry they can open holds what the victim wrote after the rotation.
    const seen = entriesIn(attack.lying.seen);
    const theirs = new Map<string, Uint8Array>();
    for (const e of seen.filter((x) => x.kind === EntryKind.Key && x.aux === removedNo)) {
      const opened = openKeyEnvelope(e.body, e.scopeId, e.keyId, removed.boxKeyPair);
      if (opened) theirs.set(e.keyId, opened.key);
    }
    expect(theirs.has(oldKey)).toBe(true);
    expect(theirs.has(newKey)).toBe(false);
    for (const e of seen.filter((x) => x.kind !== EntryKind.Key && theirs.has(x.keyId))) {
      const text = Buffer.from(openPayload(e.body, e, theirs.get(e.keyId) as Uint8Array).data);
      expect(text.includes(Buffer.from(AFTER))).toBe(false);
    }
    expect(plaintextFound(AFTER, attack.lying.seen, relay.dir)).toBe(false);
  });
});
