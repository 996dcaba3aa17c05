import type { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';
import { KeyedLimiter, monotonicClock, TokenBucket, type Clock, type Rate } from './rate-limit';

/**
 * What the relay allows before it refuses or slows a client (docs/sync-protocol.md, "Limits").
 * Per-address limits are per relay process: behind a load balancer spreading clients over k
 * processes, an address gets up to k times these. The per-invite limit lives in the database and
 * holds across every process.
 */
export interface RelayLimits {
  /** New WebSocket connections per client address (null: unlimited). */
  connections: Rate | null;
  /** Refused authentications of any kind (bad signature, not a member, bad invite…) per address. */
  authFailures: Rate | null;
  /** `create-team` attempts per address. */
  teamCreations: Rate | null;
  /** `join` attempts (invite redemptions) per address. */
  joins: Rate | null;
  /** Wrong secrets an invite survives; the next refusal burns it for good (0: never burned). */
  inviteAttempts: number;
  /** Frames and bytes one connection may send: over them the relay stops reading for a while. */
  frames: Rate | null;
  bytes: Rate | null;
  /** Reverse proxies in front that append to X-Forwarded-For (0: use the socket's address). */
  trustProxy: number;
  /** Addresses remembered per limit; beyond it the least recently seen are forgotten. */
  maxAddresses: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const MiB = 1024 * 1024;

/**
 * Sized for a province: thousands of counselors, many of them behind one office or carrier NAT,
 * so an address may be dozens of honest devices. Honest devices reconnect (a relay restart brings
 * a whole office back within a second), rarely fail to authenticate (a removed member's device
 * stops after one refusal), create a team once and join once — but a training day has a room of
 * people doing it together.
 */
export const DEFAULT_LIMITS: RelayLimits = {
  // An office of 50 reconnecting at once fits the burst; 5/s bounds the sockets one address can
  // hold open unauthenticated (each lives at most 10 s) to a few hundred.
  connections: { burst: 300, perMs: MINUTE },
  // No honest client fails 20 times in a row; one failure per 15 s after that.
  authFailures: { burst: 20, perMs: 5 * MINUTE },
  // A workshop room creating its teams at once; then one every 2 minutes.
  teamCreations: { burst: 30, perMs: HOUR },
  // A workshop room joining at once; then one a minute.
  joins: { burst: 60, perMs: HOUR },
  // Guessing a 256-bit secret is hopeless anyway; five tries cover a person retyping a code, and
  // bound what a partly leaked code (team and invite id known) can be probed with.
  inviteAttempts: 5,
  // A first sync sends a handful of frames of up to 1 MiB; 200 frames/s and 2 MiB/s sustained
  // after a 32 MiB burst never slow an honest client (pushes are batched, edits come once a
  // second). The periods stay under the 30 s heartbeat, so a throttled socket is never dropped.
  frames: { burst: 2000, perMs: 10 * SECOND },
  bytes: { burst: 32 * MiB, perMs: 16 * SECOND },
  trustProxy: 0,
  maxAddresses: 50_000,
};

/** A limit that is off (tests, benchmarks, a relay behind a proxy that limits on its own). */
export const NO_LIMITS: RelayLimits = {
  connections: null,
  authFailures: null,
  teamCreations: null,
  joins: null,
  inviteAttempts: 0,
  frames: null,
  bytes: null,
  trustProxy: 0,
  maxAddresses: DEFAULT_LIMITS.maxAddresses,
};

const UNITS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, min: MINUTE, h: HOUR };
const SIZES: Record<string, number> = { '': 1, k: 1024, kib: 1024, m: MiB, mib: MiB };

/**
 * `"30/1h"`, `"300/1m"`, `"32MiB/16s"` (burst / period: that many at once, refilled over the
 * period) or `"off"`. Throws on anything else, so a typo in a flag stops the relay at start.
 */
export function parseRate(text: string): Rate | null {
  const t = text.trim().toLowerCase();
  if (t === 'off' || t === 'none' || t === '0') return null;
  const m = /^(\d+(?:\.\d+)?)\s*(k|kib|m|mib)?\s*\/\s*(\d+(?:\.\d+)?)?\s*(ms|s|min|m|h)$/.exec(t);
  const [, count, size = '', period = '1', unit = ''] = m ?? [];
  const burst = Number(count) * (SIZES[size] ?? NaN);
  const perMs = Number(period) * (UNITS[unit] ?? NaN);
  if (!m || !(burst >= 1) || !(perMs > 0)) {
    throw new Error(`not a rate: "${text}" (write it as 30/1h, 300/1m, 32MiB/16s or off)`);
  }
  return { burst, perMs };
}

export function formatRate(rate: Rate | null): string {
  if (!rate) return 'off';
  const { burst, perMs } = rate;
  const count = burst % MiB === 0 ? `${burst / MiB}MiB` : String(burst);
  const period =
    perMs % HOUR === 0
      ? `${perMs / HOUR}h`
      : perMs % MINUTE === 0
        ? `${perMs / MINUTE}m`
        : perMs % SECOND === 0
          ? `${perMs / SECOND}s`
          : `${perMs}ms`;
  return `${count}/${period}`;
}

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kib: 1024,
  m: MiB,
  mib: MiB,
  g: 1024 * MiB,
  gib: 1024 * MiB,
  t: 1024 * 1024 * MiB,
  tib: 1024 * 1024 * MiB,
};

/** `"2GiB"`, `"500MiB"`, `"1048576"` → bytes. Throws on anything else (the relay stops at start). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(text.trim().toLowerCase());
  const bytes = Math.floor(Number(m?.[1]) * (BYTE_UNITS[m?.[2] ?? ''] ?? NaN));
  if (!m || !(bytes >= 1)) {
    throw new Error(`not a size: "${text}" (write it as 2GiB, 500MiB or a number of bytes)`);
  }
  return bytes;
}

/** The limits as the flags write them, for the start-up log line. */
export function describeLimits(l: RelayLimits): Record<string, string | number> {
  return {
    connections: formatRate(l.connections),
    authFailures: formatRate(l.authFailures),
    teamCreations: formatRate(l.teamCreations),
    joins: formatRate(l.joins),
    inviteAttempts: l.inviteAttempts,
    frames: formatRate(l.frames),
    bytes: formatRate(l.bytes),
    trustProxy: l.trustProxy,
  };
}

export type AttemptKind = 'auth' | 'create-team' | 'join';

export interface Refusal {
  /** What ran out, for the log and the client's reason ("failed authentications"). */
  limit: string;
  retryAfterMs: number;
  /** The first refusal of this address since it was last let through. */
  first: boolean;
}

/** What one connection may send; charged per frame on the hot path (two subtractions). */
export class ConnectionBudget {
  private readonly frames: TokenBucket | undefined;
  private readonly bytes: TokenBucket | undefined;

  constructor(
    limits: Pick<RelayLimits, 'frames' | 'bytes'>,
    private readonly clock: Clock,
  ) {
    const now = clock.now();
    this.frames = limits.frames ? new TokenBucket(limits.frames, now) : undefined;
    this.bytes = limits.bytes ? new TokenBucket(limits.bytes, now) : undefined;
  }

  /** Charges one frame of `size` bytes; returns how long to stop reading (0: carry on). */
  charge(size: number): number {
    const now = this.clock.now();
    const a = this.frames ? this.frames.charge(now, 1) : 0;
    const b = this.bytes ? this.bytes.charge(now, size) : 0;
    return a > b ? a : b;
  }
}

/** The relay's per-address limits, consulted only when connecting and authenticating. */
export class RelayGuard {
  readonly limits: RelayLimits;
  readonly clock: Clock;
  private readonly connections: KeyedLimiter | undefined;
  private readonly failures: KeyedLimiter | undefined;
  private readonly creations: KeyedLimiter | undefined;
  private readonly joins: KeyedLimiter | undefined;

  constructor(limits: Partial<RelayLimits> = {}, clock: Clock = monotonicClock) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.clock = clock;
    const make = (rate: Rate | null): KeyedLimiter | undefined =>
      rate ? new KeyedLimiter(rate, { clock, maxKeys: this.limits.maxAddresses }) : undefined;
    this.connections = make(this.limits.connections);
    this.failures = make(this.limits.authFailures);
    this.creations = make(this.limits.teamCreations);
    this.joins = make(this.limits.joins);
  }

  address(req: IncomingMessage): string {
    return clientAddress(req, this.limits.trustProxy);
  }

  admitConnection(address: string): Refusal | undefined {
    return refusal(this.connections?.take(address), 'new connections');
  }

  /**
   * An authentication frame arrived: refused while the address has no failures left, and
   * `create-team` / `join` each take from their own bucket.
   */
  admitAttempt(address: string, kind: AttemptKind): Refusal | undefined {
    const failed = refusal(this.failures?.check(address), 'failed authentications');
    if (failed) return failed;
    if (kind === 'create-team') return refusal(this.creations?.take(address), 'team creations');
    if (kind === 'join') return refusal(this.joins?.take(address), 'invite redemptions');
    return undefined;
  }

  /** An authentication from `address` was refused (for any reason but our own failure). */
  failed(address: string): void {
    this.failures?.charge(address);
  }

  budget(): ConnectionBudget | undefined {
    const { frames, bytes } = this.limits;
    return frames || bytes ? new ConnectionBudget({ frames, bytes }, this.clock) : undefined;
  }

  /** Forgets addresses whose buckets have refilled (run every minute). */
  sweep(): number {
    let removed = 0;
    for (const l of [this.connections, this.failures, this.creations, this.joins]) {
      removed += l?.sweep() ?? 0;
    }
    return removed;
  }

  /** Addresses remembered, all limits together (for /health). */
  get tracked(): number {
    let n = 0;
    for (const l of [this.connections, this.failures, this.creations, this.joins]) {
      n += l?.size ?? 0;
    }
    return n;
  }
}

function refusal(
  verdict: ReturnType<KeyedLimiter['take']> | undefined,
  limit: string,
): Refusal | undefined {
  if (!verdict || verdict.ok) return undefined;
  return { limit, retryAfterMs: verdict.retryAfterMs, first: verdict.first };
}

export function refusalReason(r: Refusal): string {
  return `too many ${r.limit} from this address; try again in ${Math.ceil(r.retryAfterMs / 1000)} s`;
}
