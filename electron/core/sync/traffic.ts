import type { Clock } from '../clock';
import type { DataSaverOptions } from './client-types';
import type { LocalSyncState } from './local-state';
import type { Timers } from './transport';

/** How long counted bytes wait in memory before they are written (one write, not one a frame). */
const TRAFFIC_WRITE_DELAY_MS = 5000;

/**
 * Bytes sent and received this calendar month (the clock's UTC month), persisted in the notebook
 * so the Sync screen can show what sync costs on a metered connection.
 */
export class TrafficMeter {
  private unsent = { sent: 0, received: 0 };
  private timer: unknown;

  constructor(
    private readonly local: Pick<LocalSyncState, 'addTraffic' | 'traffic'>,
    private readonly clock: Clock,
    private readonly timers: Timers,
  ) {}

  count(sent: number, received: number): void {
    this.unsent.sent += sent;
    this.unsent.received += received;
    if (this.timer === undefined) {
      this.timer = this.timers.setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, TRAFFIC_WRITE_DELAY_MS);
    }
  }

  flush(): void {
    const { sent, received } = this.unsent;
    if (sent === 0 && received === 0) return;
    this.unsent = { sent: 0, received: 0 };
    try {
      this.local.addTraffic(this.month(), sent, received);
    } catch {
      // The database may be closed (locked notebook); the counters are best effort.
    }
  }

  /** This month's bytes, written or still in memory. */
  totals(): { sent: number; received: number } {
    const t = this.local.traffic(this.month());
    return { sent: t.sent + this.unsent.sent, received: t.received + this.unsent.received };
  }

  private month(): string {
    return new Date(this.clock.now()).toISOString().slice(0, 7);
  }
}

/**
 * The data saver: on a metered network the main pull first only asks how much waits (a peek), and
 * a download above the threshold waits until the person allows it or the network is unmetered.
 * Snapshots wait likewise (snapshots.ts).
 */
export class DataSaver {
  private options: Required<DataSaverOptions>;
  /** Large transfers allowed on this connection (allowLargeTransfers, or a small peek). */
  private allowed = false;
  /** Bytes the last peek found waiting on the relay, not downloaded yet. */
  private deferred = 0;

  constructor(options: DataSaverOptions | undefined) {
    this.options = {
      enabled: options?.enabled ?? false,
      thresholdBytes: options?.thresholdBytes ?? 512 * 1024,
      unmetered: options?.unmetered ?? false,
    };
  }

  /** Large transfers wait now. */
  active(): boolean {
    return this.options.enabled && !this.options.unmetered && !this.allowed;
  }

  deferredBytes(): number {
    return this.deferred;
  }

  update(options: Partial<DataSaverOptions>): void {
    this.options = { ...this.options, ...options };
  }

  allowLargeTransfers(): void {
    this.allowed = true;
  }

  /** A new connection: the person's "download anyway" was for the last one. */
  connected(): void {
    this.allowed = false;
  }

  /** What a peek found waiting: true when it is small enough to fetch right away. */
  peeked(bytes: number): boolean {
    if (bytes > this.options.thresholdBytes) {
      this.deferred = bytes;
      return false;
    }
    this.deferred = 0;
    return true;
  }

  /** Whether a deferred download waits; forgets it (the caller starts it now). */
  takeDeferred(): boolean {
    if (this.deferred === 0) return false;
    this.deferred = 0;
    return true;
  }

  /** Runs `fn` (starting a pull) as if large transfers were allowed, once. */
  whileAllowed(fn: () => void): void {
    const saved = this.allowed;
    this.allowed = true;
    try {
      fn();
    } finally {
      this.allowed = saved;
    }
  }
}
