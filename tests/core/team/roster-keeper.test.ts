import { beforeAll, describe, expect, it } from 'vitest';
import { RosterKeeper, type RosterStore } from '../../../electron/core/team/roster-keeper';
import { initSodium, sodium } from '../../../shared/crypto/sodium';
import { Roster, signRosterEvent, type RosterChange } from '../../../shared/sync/roster';

interface Keys {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  boxPk: Uint8Array;
}

const teamId = new Uint8Array(16).fill(3);
let founder: Keys;
let second: Keys;
let joiner: Keys;

function keys(): Keys {
  return { ...sodium().crypto_sign_keypair(), boxPk: sodium().crypto_box_keypair().publicKey };
}

const as = (k: Keys, memberNo: number, role: 'supervisor' | 'counselor') => ({
  memberNo,
  role,
  signPk: k.publicKey,
  boxPk: k.boxPk,
});

/** A log as a relay would store it, built by signing each event after the last. */
function log(steps: Array<[Keys, RosterChange]>): Uint8Array[] {
  const roster = new Roster(teamId);
  return steps.map(([by, change]) => {
    const bytes = signRosterEvent(
      { teamId, index: roster.length, prev: roster.head, at: 1, change },
      by,
    );
    roster.apply(bytes);
    return bytes;
  });
}

function memoryStore(): RosterStore & { kept: Uint8Array[]; fork?: number } {
  const store = {
    kept: [] as Uint8Array[],
    fork: undefined as number | undefined,
    load: () => store.kept,
    append: (events: Uint8Array[]) => void store.kept.push(...events),
    forkAt: () => store.fork,
    markFork: (index: number) => void (store.fork = index),
  };
  return store;
}

const inviteId = new Uint8Array(16);

/** The keeper of a device that joined with the founder's invite. */
function joinerKeeper(store: RosterStore = memoryStore()): RosterKeeper {
  return new RosterKeeper(
    teamId,
    { signPk: joiner.publicKey, boxPk: joiner.boxPk },
    founder.publicKey,
    store,
  );
}

beforeAll(async () => {
  await initSodium();
  founder = keys();
  second = keys();
  joiner = keys();
});

describe("a device's keeper of the signed roster", () => {
  const genesis = (): [Keys, RosterChange] => [
    founder,
    { type: 'genesis', member: as(founder, 1, 'supervisor') },
  ];
  const addJoiner = (by: Keys): [Keys, RosterChange] => [
    by,
    { type: 'add', member: as(joiner, 2, 'counselor'), inviteId },
  ];

  it('trusts nothing until the inviter named in the code has added this device', () => {
    const store = memoryStore();
    const keeper = joinerKeeper(store);
    const events = log([genesis(), addJoiner(founder)]);
    keeper.receive({ from: 0, total: 1, events: events.slice(0, 1) });
    expect(keeper.trust().state).toBe('waiting');
    expect(keeper.member(1)).toBeUndefined();
    expect(store.kept).toEqual([]);
    keeper.receive({ from: 1, total: 2, events: events.slice(1) });
    expect(keeper.trust().state).toBe('verified');
    expect(keeper.member(1)?.role).toBe('supervisor');
    expect(store.kept).toHaveLength(2);
  });

  it("takes the events before its anchor on the anchor's word, yet catches any byte changed in them", () => {
    const self = { signPk: joiner.publicKey, boxPk: joiner.boxPk };
    const history = log([
      genesis(),
      [founder, { type: 'add', member: as(second, 3, 'supervisor'), inviteId }],
      addJoiner(founder),
    ]);
    const bent = history.map((b) => b.slice());
    const middle = bent[1] as Uint8Array;
    middle[60] = (middle[60] ?? 0) ^ 1; // inside the second event, before the anchor
    const keeper = new RosterKeeper(teamId, self, founder.publicKey, memoryStore());
    keeper.receive({ from: 0, total: 3, events: bent });
    expect(keeper.trust().state).not.toBe('verified');
    keeper.receive({ from: 0, total: 3, events: history });
    expect(keeper.trust().state).toBe('verified');
  });

  it('checks the signature of the anchor itself: a forged one anchors nothing', () => {
    const self = { signPk: joiner.publicKey, boxPk: joiner.boxPk };
    const history = log([genesis(), addJoiner(founder)]);
    const forged = history.map((b) => b.slice());
    const anchor = forged[1] as Uint8Array;
    anchor[anchor.length - 1] = (anchor[anchor.length - 1] ?? 0) ^ 1; // its signature's last byte
    const keeper = new RosterKeeper(teamId, self, founder.publicKey, memoryStore());
    keeper.receive({ from: 0, total: 2, events: forged });
    expect(keeper.trust().state).toBe('invalid');
    expect(keeper.member(1)).toBeUndefined();
  });

  it('stays waiting on a whole team invented by the relay, however well it chains', () => {
    const store = memoryStore();
    const keeper = joinerKeeper(store);
    // The relay founds its own team with its own key, and even adds the joiner with it.
    const invented = log([
      [second, { type: 'genesis', member: as(second, 1, 'supervisor') }],
      addJoiner(second),
    ]);
    keeper.receive({ from: 0, total: 2, events: invented });
    expect(keeper.trust().state).toBe('waiting');
    expect(keeper.sharingAllowed()).toBe(false);
    // The real history, served afterwards, is taken without a fork: nothing was trusted before.
    keeper.receive({ from: 0, total: 2, events: log([genesis(), addJoiner(founder)]) });
    expect(keeper.trust().state).toBe('verified');
  });

  it('refuses our own add when its keys are not ours (the relay swapped them)', () => {
    const keeper = new RosterKeeper(
      teamId,
      { signPk: joiner.publicKey, boxPk: keys().boxPk },
      founder.publicKey,
      memoryStore(),
    );
    keeper.receive({ from: 0, total: 2, events: log([genesis(), addJoiner(founder)]) });
    expect(keeper.trust().state).toBe('waiting');
  });

  it('sees a fork when the relay serves another event where it served one before, and keeps it across restarts', () => {
    const store = memoryStore();
    const self = { signPk: founder.publicKey, boxPk: founder.boxPk };
    const keeper = new RosterKeeper(teamId, self, founder.publicKey, store);
    const history = log([genesis(), addJoiner(founder)]);
    keeper.receive({ from: 0, total: 2, events: history });
    // Two supervisors' concurrent events: the relay shows this device the other branch.
    const other = log([
      genesis(),
      [founder, { type: 'add', member: as(second, 2, 'supervisor'), inviteId }],
    ]);
    keeper.receive({ from: 1, total: 2, events: other.slice(1) });
    expect(keeper.trust()).toEqual({ state: 'fork', index: 1 });
    expect(keeper.sharingAllowed()).toBe(false);
    expect(new RosterKeeper(teamId, self, founder.publicKey, store).trust().state).toBe('fork');
  });

  it('sees a rollback when the relay says the log is shorter than what it holds, and recovers when it is whole', () => {
    const keeper = new RosterKeeper(
      teamId,
      { signPk: founder.publicKey, boxPk: founder.boxPk },
      founder.publicKey,
      memoryStore(),
    );
    const history = log([genesis(), addJoiner(founder)]);
    keeper.receive({ from: 0, total: 2, events: history });
    keeper.receive({ from: 0, total: 1, events: history.slice(0, 1) });
    expect(keeper.trust()).toEqual({ state: 'rollback', held: 2, served: 1 });
    expect(keeper.member(2)?.memberNo).toBe(2);
    keeper.receive({ from: 2, total: 2, events: [] });
    expect(keeper.trust().state).toBe('verified');
  });

  it("compares a teammate's signed head: another hash is a fork, a longer one a relay that withholds", () => {
    const self = { signPk: founder.publicKey, boxPk: founder.boxPk };
    const history = log([
      genesis(),
      addJoiner(founder),
      [founder, { type: 'remove', memberNo: 2 }],
    ]);
    const behind = new RosterKeeper(teamId, self, founder.publicKey, memoryStore());
    behind.receive({ from: 0, total: 2, events: history.slice(0, 2) });
    const full = Roster.verify(teamId, history);
    expect(behind.peerHead(3, full.head)).toBe(true);
    expect(behind.trust()).toEqual({ state: 'rollback', held: 3, served: 2 });
    behind.receive({ from: 2, total: 3, events: history.slice(2) });
    expect(behind.trust().state).toBe('verified');

    const other = log([
      genesis(),
      [founder, { type: 'add', member: as(second, 2, 'supervisor'), inviteId }],
    ]);
    const forked = Roster.verify(teamId, other);
    expect(behind.peerHead(2, forked.head)).toBe(true);
    expect(behind.trust()).toEqual({ state: 'fork', index: 1 });
  });

  it('starts over after a fork: trusts nothing until the log verifies again from its genesis', () => {
    const store = memoryStore();
    const self = { signPk: joiner.publicKey, boxPk: joiner.boxPk };
    const keeper = new RosterKeeper(teamId, self, founder.publicKey, store);
    const history = log([genesis(), addJoiner(founder)]);
    keeper.receive({ from: 0, total: 2, events: history });
    keeper.peerHead(2, new Uint8Array(32).fill(9));
    expect(keeper.trust().state).toBe('fork');
    keeper.reset();
    expect(keeper.trust().state).toBe('waiting');
    expect(keeper.member(1)).toBeUndefined();
    keeper.receive({ from: 0, total: 2, events: history });
    expect(keeper.trust().state).toBe('verified');
  });

  it('continues from what it kept after a restart, verifying only what is new', () => {
    const store = memoryStore();
    const self = { signPk: founder.publicKey, boxPk: founder.boxPk };
    const history = log([
      genesis(),
      addJoiner(founder),
      [founder, { type: 'remove', memberNo: 2 }],
    ]);
    new RosterKeeper(teamId, self, founder.publicKey, store).receive({
      from: 0,
      total: 2,
      events: history.slice(0, 2),
    });
    const again = new RosterKeeper(teamId, self, founder.publicKey, store);
    expect(again.heldLength()).toBe(2);
    again.receive({ from: 2, total: 3, events: history.slice(2) });
    expect(again.member(2)?.removed).toBe(true);
    expect(store.kept).toHaveLength(3);
  });
});
