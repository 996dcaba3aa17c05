import type { Clock } from '../clock';

/**
 * Locks the vault after a period without user activity. The renderer reports activity; the core
 * decides. `minuteMs` exists so end-to-end tests can run an idle lock in seconds.
 */
export class IdleLock {
  private lastActivity: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly limitMinutes: () => number,
    private readonly onIdle: () => void,
    private readonly minuteMs = 60_000,
  ) {
    this.lastActivity = clock.now();
  }

  touch(): void {
    this.lastActivity = this.clock.now();
  }

  /** Locks if the limit has passed; returns whether it did. */
  check(): boolean {
    if (this.clock.now() - this.lastActivity < this.limitMinutes() * this.minuteMs) return false;
    this.onIdle();
    return true;
  }

  start(): void {
    this.touch();
    this.stop();
    const every = Math.max(250, Math.min(15_000, this.minuteMs / 4));
    this.timer = setInterval(() => this.check(), every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
