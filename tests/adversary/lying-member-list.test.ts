import { beforeEach, describe, expect, it } from 'vitest';
import { EntryKind, type MemberInfo, type ServerFrame } from '../../shared/sync';
import { newId, sealKeyEnvelope, signEntry, toHex } from '../../shared/sync/identity';
import { until } from '../core/support/until';
import {
  entriesIn,
  envelopesOpenedBy,
  newAttacker,
  plaintextFound,
  type Attacker,
} from './support/attacker';
import { lyingRelayForEach } from './support/lying-relay';
import { heldKeyIds } from './support/device-files';
import {
  formTeam,
  invite,
  neverReads,
  notebook,
  readsNote,
  settled,
  verifiedWith,
  writeSession,
} from './support/team';

/*
 * A relay that lies about who is in the team (issue #10). Before the signed roster, devices
 * sealed case keys to whatever keys the relay's `members` frame named. Each test here lies in
 * one way, then checks that the lie is refused, that the honest path still works, and that the
 * attacker's side (every frame that passed through it, and the relay's files) holds no key it
 * can open and none of the client's words.
 */

const SECRET = 'Melati bercerita tentang ancaman di rumah';

function mapMembers(
  frame: ServerFrame,
  change: (members: MemberInfo[]) => MemberInfo[],
): ServerFrame[] {
  return [frame.t === 'members' ? { ...frame, members: change(frame.members) } : frame];
}

function fakeMember(attacker: Attacker, memberNo: number): MemberInfo {
  return {
    memberNo,
    role: 'supervisor',
    signPk: attacker.sign.publicKey,
    boxPk: attacker.box.publicKey,
    inviteId: new Uint8Array(16),
    joinMac: new Uint8Array(32),
    removed: false,
  };
}

describe('a relay that lies about the member list', () => {
  const attack = lyingRelayForEach();
  const relay = attack.relay;
  let attacker: Attacker;
  beforeEach(() => {
    attacker = newAttacker();
  });

  it('lists its own key as a supervisor and is sealed no case key', async () => {
    attack.lying.lies.toDevice = (f) => mapMembers(f, (ms) => [...ms, fakeMember(attacker, 77)]);
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await readsNote(supervisor, sessionId, SECRET);

    const shown = await counselor.call('sync.status', {});
    expect(shown.members.map((m) => m.memberNo)).not.toContain(77);
    expect(envelopesOpenedBy(attacker, attack.lying.seen)).toBe(0);
    expect(plaintextFound(SECRET, attack.lying.seen, relay.dir)).toBe(false);
  });

  it("swaps the supervisor's box key in what the counselor sees, and gets nothing sealed to it", async () => {
    attack.lying.lies.toDevice = (f) =>
      mapMembers(f, (ms) =>
        ms.map((m) => (m.role === 'supervisor' ? { ...m, boxPk: attacker.box.publicKey } : m)),
      );
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    // The key went to the supervisor's real key, from the signed roster.
    await readsNote(supervisor, sessionId, SECRET);
    expect(envelopesOpenedBy(attacker, attack.lying.seen)).toBe(0);
    expect(plaintextFound(SECRET, attack.lying.seen, relay.dir)).toBe(false);
  });

  it("swaps the device's own key (escrow) and gets nothing sealed to it", async () => {
    attack.lying.lies.toDevice = (f, victim) =>
      mapMembers(f, (ms) =>
        ms.map((m) =>
          toHex(m.signPk) === victim.signPk ? { ...m, boxPk: attacker.box.publicKey } : m,
        ),
      );
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await readsNote(supervisor, sessionId, SECRET);
    expect(envelopesOpenedBy(attacker, attack.lying.seen)).toBe(0);
  });

  it("swaps a joiner's key on its way to the inviter: the joiner is never added, nothing is shared with it", async () => {
    const supervisor = await notebook();
    await supervisor.call('sync.createTeam', { serverUrl: attack.lying.url });
    await verifiedWith(supervisor, 1);
    // Only the supervisor's view is bent: the relay stored the joiner's real keys.
    attack.lying.lies.toDevice = (f, victim) =>
      mapMembers(f, (ms) =>
        ms.map((m) =>
          m.memberNo !== 1 && victim.signPk !== toHex(m.signPk)
            ? { ...m, boxPk: attacker.box.publicKey }
            : m,
        ),
      );
    const counselor = await notebook();
    await invite(supervisor, counselor);
    await new Promise((r) => setTimeout(r, 2000));
    const seenBySupervisor = await supervisor.call('sync.status', {});
    expect(seenBySupervisor.members.map((m) => m.memberNo)).toEqual([1]);
    expect((await counselor.call('sync.status', {})).trust.state).toBe('waiting');
    const sessionId = await writeSession(supervisor, 'Kenanga', SECRET);
    await neverReads(counselor, sessionId, SECRET, 1000);
    expect(envelopesOpenedBy(attacker, attack.lying.seen)).toBe(0);
  });

  it('hands the device a key envelope from a member it invented: the key is never used', async () => {
    const { counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    let victimKeys: MemberInfo | undefined;
    let teamId: Uint8Array | undefined;
    attack.lying.lies.toDevice = (f, victim) => {
      if (f.t === 'welcome') teamId = f.teamId;
      if (f.t !== 'members') return [f];
      victimKeys = f.members.find((m) => toHex(m.signPk) === victim.signPk) ?? victimKeys;
      return [{ ...f, members: [...f.members, fakeMember(attacker, 77)] }];
    };
    attack.lying.reconnectAll();
    await until('the members frame through the attacker', async () =>
      victimKeys && teamId ? true : undefined,
    );
    const scopeId = `team-${toHex(teamId as Uint8Array)}`;
    const planted = new Uint8Array(32).fill(42);
    const header = {
      kind: EntryKind.Key,
      docId: scopeId,
      scopeId,
      updateId: newId(),
      keyId: 'plantedkey0001',
      aux: counselorNo,
    };
    const body = sealKeyEnvelope(
      { scopeId, keyId: header.keyId, key: planted, generation: 99 },
      (victimKeys as MemberInfo).boxPk,
    );
    const sig = signEntry(teamId as Uint8Array, header, body, attacker.sign.privateKey);
    // The attacker slips it into the live stream, as if member 77 had written it.
    const before = attack.lying.seen.length;
    const next = attack.lying.lies.toDevice;
    let delivered = false;
    attack.lying.lies.toDevice = (f, victim) => {
      const out = next(f, victim);
      if (f.t !== 'synced' || victim.memberNo !== counselorNo) return out;
      delivered = true;
      return [
        ...out,
        { t: 'entries', requestId: 0, entries: [{ ...header, sig, body, seq: 1e6, author: 77 }] },
      ];
    };
    attack.lying.reconnectAll();
    await until('the planted envelope delivered', async () => (delivered ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    await counselor.call('sync.setDisplayName', { name: 'Rina' });
    await new Promise((r) => setTimeout(r, 2000));
    const written = entriesIn(attack.lying.seen.slice(before)).filter(
      (e) => e.keyId === header.keyId,
    );
    expect(written.filter((e) => e.kind !== EntryKind.Key)).toEqual([]);
    // The key was never taken in, and the envelope is set aside as a problem the person can see.
    expect(heldKeyIds(counselor)).not.toContain(header.keyId);
    expect((await counselor.call('sync.status', {})).quarantined).toBeGreaterThan(0);
  });

  it('puts a removed member back in the list, and no key made after the removal is sealed to them', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    const removed = await notebook();
    await invite(supervisor, removed);
    await verifiedWith(supervisor, 3);
    await verifiedWith(counselor, 3);
    const removedNo = (await removed.call('sync.status', {})).memberNo as number;
    await settled(supervisor, counselor, removed);
    const before = attack.lying.seen.length;
    await supervisor.call('sync.removeMember', { memberNo: removedNo });
    await verifiedWith(counselor, 2);
    removed.core.close();
    // From now on the relay says they were never removed.
    attack.lying.lies.toDevice = (f) =>
      mapMembers(f, (ms) =>
        ms.map((m) => (m.memberNo === removedNo ? { ...m, removed: false } : m)),
      );
    attack.lying.reconnectAll();
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await readsNote(supervisor, sessionId, SECRET);
    const theirs = (frames: Uint8Array[]): Set<string> =>
      new Set(
        entriesIn(frames)
          .filter((e) => e.kind === EntryKind.Key && e.aux === removedNo)
          .map((e) => `${e.scopeId}/${e.keyId}`),
      );
    // Envelopes still in an outbox may be sent again, but only for keys they already had.
    const had = theirs(attack.lying.seen.slice(0, before));
    const later = [...theirs(attack.lying.seen.slice(before))].filter((k) => !had.has(k));
    expect(later).toEqual([]);
    expect(had.size).toBeGreaterThan(0);
  });

  it('adds an event it signed itself to the roster: the device refuses it and shares nothing meanwhile', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const { signRosterEvent, Roster } = await import('../../shared/sync/roster');
    attack.lying.lies.toDevice = (f, victim) => {
      if (f.t !== 'roster' || victim.signPk === undefined) return [f];
      // The attacker appends "add me as a supervisor", chained correctly but signed by itself.
      const all = f.events;
      if (f.from !== 0 || all.length === 0) return [f];
      const teamId = (all[0] as Uint8Array).slice(1, 17);
      const roster = Roster.verify(teamId, all);
      const forged = signRosterEvent(
        {
          teamId,
          index: roster.length,
          prev: roster.head,
          at: 1,
          change: {
            type: 'add',
            inviteId: new Uint8Array(16),
            member: {
              memberNo: 77,
              role: 'supervisor',
              signPk: attacker.sign.publicKey,
              boxPk: attacker.box.publicKey,
            },
          },
        },
        attacker.sign,
      );
      return [{ ...f, total: f.total + 1, events: [...all, forged] }];
    };
    attack.lying.lies.toRelay = (f) => (f.t === 'roster-pull' ? [{ ...f, from: 0 }] : [f]);
    attack.lying.reconnectAll();
    const shown = await until('the refusal on the counselor', async () => {
      const o = await counselor.call('sync.status', {});
      return o.trust.state === 'invalid' ? o : undefined;
    });
    expect(shown.members.map((m) => m.memberNo)).not.toContain(77);
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await neverReads(supervisor, sessionId, SECRET, 1500);
    expect(envelopesOpenedBy(attacker, attack.lying.seen)).toBe(0);

    // The relay stops lying: the same device trusts the roster again and the key flows.
    attack.lying.lies = {};
    attack.lying.reconnectAll();
    await verifiedWith(counselor, 2);
    await readsNote(supervisor, sessionId, SECRET);
  });

  it("keeps one device on an older roster that looks whole: a teammate's signed head shows it", async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    // From now on the counselor is served the first two events only, said to be all there is.
    attack.lying.lies.toDevice = (f, victim) =>
      f.t === 'roster' && victim.memberNo === counselorNo
        ? [
            {
              ...f,
              total: Math.min(f.total, 2),
              events: f.events.slice(0, Math.max(0, 2 - f.from)),
            },
          ]
        : [f];
    await invite(supervisor, await notebook());
    await verifiedWith(supervisor, 3);
    const shown = await until('the withheld roster shown on the counselor', async () => {
      const o = await counselor.call('sync.status', {});
      return o.trust.state === 'rollback' ? o.trust : undefined;
    });
    expect(shown).toEqual({ state: 'rollback', held: 3, served: 2 });

    attack.lying.lies = {};
    attack.lying.reconnectAll();
    await verifiedWith(counselor, 3);
  });

  it('serves an older roster than the device holds: shown as a rollback, nothing shared until it is whole again', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await verifiedWith(counselor, 2);
    attack.lying.lies.toRelay = (f) => (f.t === 'roster-pull' ? [{ ...f, from: 0 }] : [f]);
    attack.lying.lies.toDevice = (f) =>
      f.t === 'roster' ? [{ ...f, total: 1, events: f.events.slice(0, 1) }] : [f];
    attack.lying.reconnectAll();
    await until('the rollback shown on the counselor', async () => {
      const o = await counselor.call('sync.status', {});
      return o.trust.state === 'rollback' ? true : undefined;
    });
    const sessionId = await writeSession(counselor, 'Melati', SECRET);
    await neverReads(supervisor, sessionId, SECRET, 1500);

    attack.lying.lies = {};
    attack.lying.reconnectAll();
    await verifiedWith(counselor, 2);
    await readsNote(supervisor, sessionId, SECRET);
  });
});
