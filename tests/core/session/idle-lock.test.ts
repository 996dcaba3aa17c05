import { describe, expect, it } from 'vitest';
import { IdleLock } from '../../../electron/core/session/idle-lock';

function setup(minutes: number) {
  let now = 0;
  let locks = 0;
  const idle = new IdleLock(
    { now: () => now },
    () => minutes,
    () => locks++,
  );
  return {
    idle,
    advance: (ms: number) => (now += ms),
    locks: () => locks,
  };
}

describe('the idle lock', () => {
  it('does not lock before the chosen time has passed', () => {
    const s = setup(5);
    s.advance(5 * 60_000 - 1);
    expect(s.idle.check()).toBe(false);
    expect(s.locks()).toBe(0);
  });

  it('locks once the chosen time passes without activity', () => {
    const s = setup(5);
    s.advance(5 * 60_000);
    expect(s.idle.check()).toBe(true);
    expect(s.locks()).toBe(1);
  });

  it('counts from the last activity the user reported', () => {
    const s = setup(1);
    s.advance(50_000);
    s.idle.touch();
    s.advance(50_000);
    expect(s.idle.check()).toBe(false);
    s.advance(10_000);
    expect(s.idle.check()).toBe(true);
  });
});
