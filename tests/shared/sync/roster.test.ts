import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../shared/crypto/sodium';
import {
  decodeRosterEvent,
  Roster,
  RosterError,
  signRosterEvent,
  type RosterChange,
} from '../../../shared/sync/roster';

interface Keys {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  boxPk: Uint8Array;
}

let founder: Keys;
let other: Keys;
let counselor: Keys;
const teamId = new Uint8Array(16).fill(7);
const inviteId = new Uint8Array(16).fill(9);

function keys(): Keys {
  const s = sodium().crypto_sign_keypair();
  return { ...s, boxPk: sodium().crypto_box_keypair().publicKey };
}

/** Builds a log event by event, each signed by `by` after the head so far. */
class Log {
  readonly events: Uint8Array[] = [];
  readonly roster = new Roster(teamId);
  append(
    by: Keys,
    change: RosterChange,
    overrides: { index?: number; prev?: Uint8Array } = {},
  ): Uint8Array {
    const bytes = signRosterEvent(
      {
        teamId,
        index: overrides.index ?? this.roster.length,
        prev: overrides.prev ?? this.roster.head,
        at: 1_700_000_000 + this.events.length,
        change,
      },
      by,
    );
    return bytes;
  }
  push(by: Keys, change: RosterChange): this {
    const bytes = this.append(by, change);
    this.roster.apply(bytes);
    this.events.push(bytes);
    return this;
  }
}

const member = (k: Keys, memberNo: number, role: 'supervisor' | 'counselor' = 'counselor') => ({
  memberNo,
  role,
  signPk: k.publicKey,
  boxPk: k.boxPk,
});

function founded(): Log {
  return new Log().push(founder, { type: 'genesis', member: member(founder, 1, 'supervisor') });
}

function fault(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof RosterError) return error.fault;
    throw error;
  }
  return 'accepted';
}

beforeAll(async () => {
  await initSodium();
  founder = keys();
  other = keys();
  counselor = keys();
});

describe('the signed team roster', () => {
  it('verifies a log from its genesis and knows each member by number and key', () => {
    const log = founded()
      .push(founder, { type: 'add', member: member(counselor, 2), inviteId })
      .push(founder, { type: 'add', member: member(other, 3, 'supervisor'), inviteId })
      .push(other, { type: 'remove', memberNo: 2 });
    const again = Roster.verify(teamId, log.events);
    expect(again.length).toBe(4);
    expect(again.head).toEqual(log.roster.head);
    expect(again.member(2)?.removed).toBe(true);
    expect(again.memberBySignPk(other.publicKey)?.role).toBe('supervisor');
    expect(again.current().map((m) => m.memberNo)).toEqual([1, 3]);
  });

  it('refuses a genesis that names someone other than its signer', () => {
    const bytes = new Log().append(other, {
      type: 'genesis',
      member: member(founder, 1, 'supervisor'),
    });
    expect(fault(() => new Roster(teamId).apply(bytes))).toBe('bad-change');
  });

  it('refuses an event signed by a counselor, a removed supervisor or a stranger', () => {
    const log = founded()
      .push(founder, { type: 'add', member: member(counselor, 2), inviteId })
      .push(founder, { type: 'add', member: member(other, 3, 'supervisor'), inviteId });
    const stranger = keys();
    const fake = { type: 'add' as const, member: member(stranger, 9, 'supervisor'), inviteId };
    expect(fault(() => log.roster.apply(log.append(counselor, fake)))).toBe('not-supervisor');
    expect(fault(() => log.roster.apply(log.append(stranger, fake)))).toBe('not-supervisor');
    log.push(founder, { type: 'remove', memberNo: 3 });
    expect(fault(() => log.roster.apply(log.append(other, fake)))).toBe('not-supervisor');
    expect(log.roster.length).toBe(4);
  });

  it('refuses an event that does not name the hash of the one before it, or skips a place', () => {
    const log = founded();
    const change: RosterChange = { type: 'add', member: member(counselor, 2), inviteId };
    const wrongPrev = log.append(founder, change, { prev: new Uint8Array(32).fill(1) });
    expect(fault(() => log.roster.apply(wrongPrev))).toBe('broken-chain');
    const skipped = log.append(founder, change, { index: 2 });
    expect(fault(() => log.roster.apply(skipped))).toBe('out-of-order');
  });

  it('refuses a changed byte anywhere in an event', () => {
    const log = founded();
    const bytes = log.append(founder, { type: 'add', member: member(counselor, 2), inviteId });
    for (let i = 0; i < bytes.length; i += 7) {
      const bent = bytes.slice();
      bent[i] = (bent[i] ?? 0) ^ 0x20;
      expect(fault(() => log.roster.apply(bent))).not.toBe('accepted');
    }
    expect(log.roster.length).toBe(1);
  });

  it('refuses an event of another team', () => {
    const elsewhere = new Roster(new Uint8Array(16).fill(8));
    expect(fault(() => elsewhere.apply(founded().events[0] as Uint8Array))).toBe('wrong-team');
  });

  it('refuses adding keys already in the team, a number in use, and leaving no supervisor', () => {
    const log = founded().push(founder, { type: 'add', member: member(counselor, 2), inviteId });
    const again = { type: 'add' as const, member: member(counselor, 5), inviteId };
    expect(fault(() => log.roster.apply(log.append(founder, again)))).toBe('bad-change');
    const taken = { type: 'add' as const, member: member(other, 2), inviteId };
    expect(fault(() => log.roster.apply(log.append(founder, taken)))).toBe('bad-change');
    const lastOne = { type: 'remove' as const, memberNo: 1 };
    expect(fault(() => log.roster.apply(log.append(founder, lastOne)))).toBe('bad-change');
    const demoted = { type: 'role' as const, memberNo: 1, role: 'counselor' as const };
    expect(fault(() => log.roster.apply(log.append(founder, demoted)))).toBe('bad-change');
  });

  it('changes a role only through a supervisor-signed event', () => {
    const log = founded()
      .push(founder, { type: 'add', member: member(counselor, 2), inviteId })
      .push(founder, { type: 'role', memberNo: 2, role: 'supervisor' });
    expect(log.roster.isCurrentSupervisor(counselor.publicKey)).toBe(true);
  });

  it('restores a kept log without checking signatures again, but still checks every link and rule', () => {
    const log = founded()
      .push(founder, { type: 'add', member: member(counselor, 2), inviteId })
      .push(founder, { type: 'remove', memberNo: 2 });
    const restored = Roster.restore(teamId, log.events);
    expect(restored.head).toEqual(log.roster.head);
    expect(restored.member(2)?.removed).toBe(true);
    const reordered = [log.events[0], log.events[2], log.events[1]] as Uint8Array[];
    expect(fault(() => Roster.restore(teamId, reordered))).toBe('out-of-order');
  });

  it('carries the cutoff of a removal: what the relay numbers after it no longer counts', () => {
    const log = founded()
      .push(founder, { type: 'add', member: member(counselor, 2), inviteId })
      .push(founder, { type: 'add', member: member(other, 3), inviteId })
      .push(founder, { type: 'remove', memberNo: 2, afterSeq: 0 })
      .push(founder, { type: 'remove', memberNo: 3 });
    const again = Roster.verify(teamId, log.events);
    expect(again.member(2)).toMatchObject({ removed: true, removedAfterSeq: 0 });
    expect(again.member(3)?.removed).toBe(true);
    expect(again.member(3)?.removedAfterSeq).toBeUndefined();
    expect(decodeRosterEvent(log.events[3] as Uint8Array).change).toEqual({
      type: 'remove',
      memberNo: 2,
      afterSeq: 0,
    });
  });

  it('refuses oversized and truncated events with a clear fault', () => {
    expect(fault(() => decodeRosterEvent(new Uint8Array(2000)))).toBe('malformed');
    const bytes = founded().events[0] as Uint8Array;
    expect(fault(() => decodeRosterEvent(bytes.subarray(0, bytes.length - 1)))).toBe('malformed');
  });
});
