import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from '../../server/client-address';
import { ConnectionBudget, formatRate, parseRate, RelayGuard } from '../../server/limits';
import { KeyedLimiter, TokenBucket } from '../../server/rate-limit';

/** A clock the test moves by hand. */
function fakeClock(start = 1000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('token buckets', () => {
  it('a full bucket lets a burst through at once, then refuses with the time to wait', () => {
    const bucket = new TokenBucket({ burst: 3, perMs: 3000 }, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([0, 0, 0]);
    expect(bucket.take(0)).toBe(1000);
    // A refused take takes nothing: the wait does not grow by asking.
    expect(bucket.take(0)).toBe(1000);
  });

  it('refills continuously at burst per period and never above the burst', () => {
    const bucket = new TokenBucket({ burst: 4, perMs: 4000 }, 0);
    for (let i = 0; i < 4; i++) bucket.take(0);
    expect(bucket.take(500)).toBe(500);
    expect(bucket.take(1000)).toBe(0);
    expect(bucket.take(1000)).toBe(1000);
    // A long idle time fills it only up to the burst.
    for (let i = 0; i < 4; i++) expect(bucket.take(100_000)).toBe(0);
    expect(bucket.take(100_000)).toBeGreaterThan(0);
  });

  it('a charge may go into debt, at most one burst deep, and says how long until it is paid', () => {
    const bucket = new TokenBucket({ burst: 10, perMs: 1000 }, 0);
    expect(bucket.charge(0, 5)).toBe(0);
    expect(bucket.charge(0, 10)).toBe(500);
    expect(bucket.charge(0, 1_000_000)).toBe(1000);
    expect(bucket.isFull(1999)).toBe(false);
    expect(bucket.isFull(2000)).toBe(true);
  });

  it('a clock that steps backwards neither fills nor empties a bucket', () => {
    const bucket = new TokenBucket({ burst: 1, perMs: 1000 }, 5000);
    expect(bucket.take(5000)).toBe(0);
    expect(bucket.take(10)).toBeGreaterThan(0);
    expect(bucket.take(6000)).toBe(0);
  });
});

describe('per-address limiters', () => {
  it('keeps one bucket per address and says which refusal is the first', () => {
    const clock = fakeClock();
    const limiter = new KeyedLimiter({ burst: 2, perMs: 2000 }, { clock });
    expect(limiter.take('a').ok && limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 1000, first: true });
    expect(limiter.take('a')).toMatchObject({ ok: false, first: false });
    expect(limiter.take('b').ok).toBe(true);
    clock.advance(1000);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toMatchObject({ ok: false, first: true });
  });

  it('checking takes nothing and remembers no new address', () => {
    const clock = fakeClock();
    const limiter = new KeyedLimiter({ burst: 1, perMs: 1000 }, { clock });
    expect(limiter.check('x').ok).toBe(true);
    expect(limiter.size).toBe(0);
    limiter.charge('x');
    expect(limiter.check('x')).toMatchObject({ ok: false, retryAfterMs: 1000 });
    expect(limiter.check('x')).toMatchObject({ ok: false, retryAfterMs: 1000 });
  });

  it('forgets addresses whose buckets have refilled', () => {
    const clock = fakeClock();
    const limiter = new KeyedLimiter({ burst: 5, perMs: 5000 }, { clock });
    for (let i = 0; i < 100; i++) limiter.take(`10.0.0.${i}`);
    limiter.take('10.0.0.0', 4);
    expect(limiter.size).toBe(100);
    clock.advance(1000);
    expect(limiter.sweep()).toBe(99);
    expect(limiter.size).toBe(1);
    clock.advance(4000);
    expect(limiter.sweep()).toBe(1);
    expect(limiter.size).toBe(0);
  });

  it('never holds more than its bound of addresses, however many arrive, and drops the least recent first', () => {
    const clock = fakeClock();
    const limiter = new KeyedLimiter({ burst: 1, perMs: 3_600_000 }, { clock, maxKeys: 64 });
    limiter.take('kept');
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`203.0.113.${i}`);
      // 'kept' is used all along, so it stays among the most recent and keeps its empty bucket.
      if (i % 16 === 0) limiter.take('kept');
      expect(limiter.size).toBeLessThanOrEqual(64);
    }
    expect(limiter.take('kept').ok).toBe(false);
    expect(limiter.take('203.0.113.0').ok).toBe(true);
  });
});

describe('connection budgets and the guard', () => {
  it('a connection over its frame rate is told how long to pause', () => {
    const clock = fakeClock();
    const budget = new ConnectionBudget(
      { frames: { burst: 3, perMs: 3000 }, bytes: { burst: 1000, perMs: 1000 } },
      clock,
    );
    expect([budget.charge(10), budget.charge(10), budget.charge(10)]).toEqual([0, 0, 0]);
    expect(budget.charge(10)).toBe(1000);
    clock.advance(5000);
    expect(budget.charge(3000)).toBe(1000);
  });

  it('failures close the door on authentication attempts until they refill', () => {
    const clock = fakeClock();
    const guard = new RelayGuard(
      { authFailures: { burst: 2, perMs: 60_000 }, joins: { burst: 100, perMs: 1000 } },
      clock,
    );
    expect(guard.admitAttempt('a', 'auth')).toBeUndefined();
    guard.failed('a');
    guard.failed('a');
    expect(guard.admitAttempt('a', 'join')).toMatchObject({
      limit: 'failed authentications',
      retryAfterMs: 30_000,
    });
    expect(guard.admitAttempt('b', 'join')).toBeUndefined();
    clock.advance(30_000);
    expect(guard.admitAttempt('a', 'auth')).toBeUndefined();
  });
});

describe('rates and addresses', () => {
  it('reads rates as burst per period, and refuses what it cannot read', () => {
    expect(parseRate('30/1h')).toEqual({ burst: 30, perMs: 3_600_000 });
    expect(parseRate('300/1m')).toEqual({ burst: 300, perMs: 60_000 });
    expect(parseRate('32MiB/16s')).toEqual({ burst: 32 * 1024 * 1024, perMs: 16_000 });
    expect(parseRate('5/s')).toEqual({ burst: 5, perMs: 1000 });
    expect(parseRate('off')).toBeNull();
    for (const bad of ['ten per hour', '30', '30/1y', '0.5/1s', '-3/1m']) {
      expect(() => parseRate(bad)).toThrow(/not a rate/);
    }
    for (const text of ['30/1h', '300/1m', '32MiB/16s', '2000/10s', 'off']) {
      expect(formatRate(parseRate(text))).toBe(text);
    }
  });

  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('trusts X-Forwarded-For only as far as the configured proxies wrote it', () => {
    const req = (peer: string, xff?: string): IncomingMessage =>
      ({
        socket: { remoteAddress: peer },
        headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
      }) as unknown as IncomingMessage;
    expect(clientAddress(req('127.0.0.1', '203.0.113.9'), 0)).toBe('127.0.0.1');
    expect(clientAddress(req('127.0.0.1', '203.0.113.9'), 1)).toBe('203.0.113.9');
    // What the client wrote itself is left of what our proxy appended.
    expect(clientAddress(req('127.0.0.1', '6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(req('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(req('127.0.0.1', '203.0.113.9:5123'), 1)).toBe('203.0.113.9');
    expect(clientAddress(req('127.0.0.1', 'garbage'), 1)).toBe('127.0.0.1');
    expect(clientAddress(req('127.0.0.1'), 1)).toBe('127.0.0.1');
  });
});
