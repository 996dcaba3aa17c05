import type { Clock } from '../shared/clock';

/**
 * Token buckets, the classic traffic-shaping algorithm (as in RFC 2697's committed burst size): a
 * bucket holds at most `burst` tokens and refills continuously, `burst` tokens per `perMs`. So a
 * rate reads as "N per T": up to N at once, then N per T on average. The clock is injected (a
 * monotonic millisecond counter) so tests can step time by hand.
 */
export interface Rate {
  burst: number;
  perMs: number;
}

export type { Clock };

/** Monotonic: a wall-clock step (NTP, a suspended VM) neither empties nor fills a bucket. */
export const monotonicClock: Clock = { now: () => performance.now() };

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    now: number,
  ) {
    this.tokens = rate.burst;
    this.at = now;
  }

  private refill(now: number): void {
    if (now <= this.at) return;
    const added = ((now - this.at) * this.rate.burst) / this.rate.perMs;
    // Snap to full: refills in many small steps add up a hair short in floating point.
    const tokens = this.tokens + added;
    this.tokens = tokens >= this.rate.burst * (1 - 1e-12) ? this.rate.burst : tokens;
    this.at = now;
  }

  private msUntil(tokens: number): number {
    const missing = tokens - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * this.rate.perMs) / this.rate.burst);
  }

  /** Milliseconds until `cost` tokens are there (0: now). Takes nothing. */
  wait(now: number, cost = 1): number {
    this.refill(now);
    return this.msUntil(cost);
  }

  /** Takes `cost` tokens if they are there (returns 0); otherwise takes nothing, returns the wait. */
  take(now: number, cost = 1): number {
    const wait = this.wait(now, cost);
    if (wait === 0) this.tokens -= cost;
    return wait;
  }

  /**
   * Takes `cost` whatever the balance, which may go negative (what already happened is paid for:
   * a frame that arrived, an attempt that failed), down to one burst of debt so a single flood
   * cannot lock an address out for longer than one period. Returns the wait until the balance is
   * back to zero (0: not in debt).
   */
  charge(now: number, cost = 1): number {
    this.refill(now);
    this.tokens = Math.max(-this.rate.burst, this.tokens - cost);
    return this.msUntil(0);
  }

  /** Full again: the bucket is indistinguishable from a new one and may be forgotten. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.rate.burst;
  }
}

export type Verdict =
  | { ok: true }
  /** `first`: the first refusal since this key was last let through (log that one loudly). */
  | { ok: false; retryAfterMs: number; first: boolean };

interface Entry {
  bucket: TokenBucket;
  refusing: boolean;
}

const OK: Verdict = { ok: true };

/**
 * One bucket per key (a client address), bounded in memory: a bucket that has refilled is
 * dropped by `sweep()` (it equals a new one), and past `maxKeys` the least recently used buckets
 * go first. The map's insertion order is kept as recency order by re-inserting on each use.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, Entry>();
  private readonly clock: Clock;
  private readonly maxKeys: number;

  constructor(
    readonly rate: Rate,
    options: { clock?: Clock; maxKeys?: number } = {},
  ) {
    this.clock = options.clock ?? monotonicClock;
    this.maxKeys = Math.max(1, options.maxKeys ?? 50_000);
  }

  get size(): number {
    return this.buckets.size;
  }

  private entry(key: string, now: number): Entry {
    let entry = this.buckets.get(key);
    if (entry) {
      this.buckets.delete(key);
    } else {
      if (this.buckets.size >= this.maxKeys) this.evict(now);
      entry = { bucket: new TokenBucket(this.rate, now), refusing: false };
    }
    this.buckets.set(key, entry);
    return entry;
  }

  private verdict(entry: Entry, wait: number): Verdict {
    if (wait === 0) {
      entry.refusing = false;
      return OK;
    }
    const first = !entry.refusing;
    entry.refusing = true;
    return { ok: false, retryAfterMs: wait, first };
  }

  /** Takes `cost` from `key`'s bucket, or refuses with the time to wait. */
  take(key: string, cost = 1): Verdict {
    const now = this.clock.now();
    const entry = this.entry(key, now);
    return this.verdict(entry, entry.bucket.take(now, cost));
  }

  /** Would `take` succeed? Takes nothing (a key never seen is not stored). */
  check(key: string, cost = 1): Verdict {
    const entry = this.buckets.get(key);
    if (!entry) return OK;
    return this.verdict(entry, entry.bucket.wait(this.clock.now(), cost));
  }

  /** Charges `key` for something that already happened (a failed attempt). */
  charge(key: string, cost = 1): void {
    const now = this.clock.now();
    this.entry(key, now).bucket.charge(now, cost);
  }

  /** Forgets every bucket that has refilled; returns how many went. */
  sweep(): number {
    const now = this.clock.now();
    let removed = 0;
    for (const [key, entry] of this.buckets) {
      if (entry.bucket.isFull(now)) {
        this.buckets.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /**
   * At capacity: drop refilled buckets, and if that freed too little, the least recently used
   * down to 7/8 of the bound, so the O(n) sweep runs at most once per maxKeys/8 new keys.
   */
  private evict(now: number): void {
    const target = this.maxKeys - Math.max(1, Math.floor(this.maxKeys / 8));
    for (const [key, entry] of this.buckets) {
      if (entry.bucket.isFull(now)) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}
