import { sameBytes } from '../../../shared/sync/identity';
import {
  decodeRosterEvent,
  Roster,
  RosterError,
  type RosterMember,
} from '../../../shared/sync/roster';

/**
 * What this device knows of its team's roster, and how far it trusts it (issue #10):
 *
 * - **waiting**: joined, but the inviter's device has not yet added us to the signed roster. The
 *   events the relay serves are verified, held in memory only, and trusted with nothing: a relay
 *   could serve a whole invented team to a newcomer. The anchor is the inviter's key from the
 *   invite code; our own `add` event signed by it commits (through its `prev` hash) to every
 *   event before it.
 * - **verified**: anchored; every event is kept (encrypted, in the team document) and every later
 *   event must extend what is kept.
 * - **fork** / **rollback** / **invalid**: the relay served a history that contradicts what this
 *   device holds, an older one, or an event that does not verify. Keys are shared with nobody
 *   until the history is consistent again (rollback, invalid) or a supervisor resolves it (fork).
 */
export type RosterTrust =
  | { state: 'waiting' }
  | { state: 'verified' }
  | { state: 'fork'; index: number }
  | { state: 'rollback'; held: number; served: number }
  | { state: 'invalid'; reason: string };

export interface RosterStore {
  load(): Uint8Array[];
  append(events: Uint8Array[]): void;
  /** A fork stays shown across restarts until a supervisor resolves it. */
  forkAt(): number | undefined;
  markFork(index: number): void;
}

export interface RosterSelf {
  signPk: Uint8Array;
  boxPk: Uint8Array;
}

export class RosterKeeper {
  private roster: Roster;
  private anchored: boolean;
  private problem: Exclude<RosterTrust, { state: 'waiting' | 'verified' }> | undefined;
  /** The longest roster a teammate says they verified (peerHead): the relay owes us that much. */
  private peerLength = 0;

  constructor(
    private readonly teamId: Uint8Array,
    private readonly self: RosterSelf,
    /** The inviter's signing key (from the invite code), or our own for the founder. */
    private readonly anchor: Uint8Array,
    private readonly store: RosterStore,
  ) {
    // Kept events were verified on arrival; the store is ours and encrypted.
    this.roster = Roster.restore(teamId, store.load());
    this.anchored = this.roster.length > 0;
    const fork = store.forkAt();
    if (fork !== undefined) this.problem = { state: 'fork', index: fork };
  }

  /**
   * Starts over after a fork, once a supervisor has checked the team with its members in person:
   * nothing is trusted until the relay's log is verified again from its genesis, with the same
   * anchor (the inviter's key, or our own genesis).
   */
  reset(): void {
    this.roster = new Roster(this.teamId);
    this.anchored = false;
    this.problem = undefined;
    this.peerLength = 0;
  }

  trust(): RosterTrust {
    if (this.problem) return this.problem;
    return this.anchored ? { state: 'verified' } : { state: 'waiting' };
  }

  /** Keys go to members, and members' keys are believed, only on a verified, consistent roster. */
  sharingAllowed(): boolean {
    return this.anchored && this.problem === undefined;
  }

  /** The verified roster (empty while waiting): what entries, sign-offs and erasures are checked by. */
  verified(): Roster {
    return this.anchored ? this.roster : new Roster(this.teamId);
  }

  /** Where the relay should start sending: what is kept here already. */
  heldLength(): number {
    return this.anchored ? this.roster.length : 0;
  }

  /** A verified member by number, or undefined (unknown, or nothing is verified yet). */
  member(memberNo: number): RosterMember | undefined {
    return this.anchored ? this.roster.member(memberNo) : undefined;
  }

  /** Where our own next event goes: its index and the hash it follows. */
  next(): { index: number; prev: Uint8Array } {
    return { index: this.roster.length, prev: this.roster.head };
  }

  /**
   * Events the relay sent from `from` on; `total` is its length of the log. Returns whether what
   * this device trusts changed (members, or the trust state).
   */
  receive(frame: { from: number; total: number; events: Uint8Array[] }): boolean {
    const before = JSON.stringify(this.trust());
    const held = this.roster.length;
    if (this.anchored && frame.total < held) {
      this.setProblem({ state: 'rollback', held, served: frame.total });
      return before !== JSON.stringify(this.trust());
    }
    if (this.problem?.state === 'rollback') this.problem = undefined;
    const problemBefore = JSON.stringify(this.problem);
    // Not anchored yet: nothing is trusted or kept, so a full history simply replaces the last.
    if (!this.anchored && frame.from === 0) this.roster = new Roster(this.teamId);
    const fresh: Uint8Array[] = [];
    for (const [k, bytes] of frame.events.entries()) {
      const index = frame.from + k;
      const known = this.roster.hashAt(index);
      if (known) {
        const same = this.roster.eventAt(index)?.bytes;
        if (!same || !sameBytes(same, bytes)) {
          this.setProblem({ state: 'fork', index });
          break;
        }
        continue;
      }
      if (index !== this.roster.length) break; // a gap: the next pull starts where we are
      try {
        // Before the anchor, the anchor's own signature vouches for the prefix (isAnchored).
        this.roster.apply(bytes, { checkSignature: this.anchored });
        fresh.push(bytes);
      } catch (error) {
        const reason = error instanceof RosterError ? error.message : String(error);
        this.setProblem({ state: 'invalid', reason });
        break;
      }
    }
    // A whole, verifying answer clears an earlier bad one (the relay stopped serving it).
    const faulted = this.problem !== undefined && JSON.stringify(this.problem) !== problemBefore;
    if (!faulted && this.problem?.state === 'invalid') this.problem = undefined;
    if (this.anchored) {
      if (fresh.length > 0) this.store.append(fresh);
    } else {
      this.anchorIfVouched();
    }
    this.checkBehind();
    return fresh.length > 0 || before !== JSON.stringify(this.trust());
  }

  /**
   * A teammate's signed head (length, hash of its last event), read from the end-to-end
   * encrypted team document. Where we hold that event with another hash, the relay has shown us
   * different histories: a fork. Where theirs is longer, the relay withholds from us: shown as a
   * rollback until it serves the rest. Returns whether the trust state changed.
   */
  peerHead(length: number, head: Uint8Array): boolean {
    if (!this.anchored || length === 0) return false;
    const before = JSON.stringify(this.trust());
    const mine = this.roster.hashAt(length - 1);
    if (mine && !sameBytes(mine, head)) this.setProblem({ state: 'fork', index: length - 1 });
    this.peerLength = Math.max(this.peerLength, length);
    this.checkBehind();
    return before !== JSON.stringify(this.trust());
  }

  private checkBehind(): void {
    if (this.problem || !this.anchored || this.peerLength <= this.roster.length) return;
    this.problem = { state: 'rollback', held: this.peerLength, served: this.roster.length };
  }

  /** Our own event, accepted by the relay: kept as if it had come back from it. */
  appended(index: number, bytes: Uint8Array): void {
    this.receive({ from: index, total: index + 1, events: [bytes] });
  }

  private setProblem(problem: NonNullable<RosterKeeper['problem']>): void {
    if (this.problem?.state === 'fork') return;
    this.problem = problem;
    if (problem.state === 'fork') this.store.markFork(problem.index);
  }

  private allEvents(): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let i = 0; i < this.roster.length; i++)
      out.push(this.roster.eventAt(i)?.bytes as Uint8Array);
    return out;
  }

  /**
   * Anchored when the roster holds us with our own keys, added by the anchor (or, for the
   * founder, in the genesis we signed). Events before that one were taken in without checking
   * their signatures: the anchor's signature over its `prev` hash vouches for them (and the
   * anchor's device verified each). That signature, and every one after it, is checked here.
   */
  private anchorIfVouched(): void {
    const at = this.anchorIndex();
    if (at === undefined) return;
    try {
      for (let i = at; i < this.roster.length; i++) {
        decodeRosterEvent(this.roster.eventAt(i)?.bytes ?? new Uint8Array(0));
      }
    } catch (error) {
      const reason = error instanceof RosterError ? error.message : String(error);
      this.roster = new Roster(this.teamId);
      this.setProblem({ state: 'invalid', reason });
      return;
    }
    this.anchored = true;
    this.store.append(this.allEvents());
  }

  private anchorIndex(): number | undefined {
    for (let i = 0; i < this.roster.length; i++) {
      const e = this.roster.eventAt(i);
      if (!e || (e.change.type !== 'genesis' && e.change.type !== 'add')) continue;
      const m = e.change.member;
      if (
        sameBytes(e.signer, this.anchor) &&
        sameBytes(m.signPk, this.self.signPk) &&
        sameBytes(m.boxPk, this.self.boxPk)
      ) {
        return i;
      }
    }
    return undefined;
  }
}
