import { describe, expect, it } from 'vitest';
import { DataSaver, TrafficMeter } from '../../electron/core/sync/traffic';
import { ManualTimers } from './support/manual-timers';

/** The notebook's traffic table, in memory. */
function monthlyTable(): {
  rows: Map<string, { sent: number; received: number }>;
  writes: number;
  closed: boolean;
  addTraffic(month: string, sent: number, received: number): void;
  traffic(month: string): { sent: number; received: number };
} {
  return {
    rows: new Map(),
    writes: 0,
    closed: false,
    addTraffic(month, sent, received) {
      if (this.closed) throw new Error('the database connection is not open');
      this.writes++;
      const row = this.rows.get(month) ?? { sent: 0, received: 0 };
      this.rows.set(month, { sent: row.sent + sent, received: row.received + received });
    },
    traffic(month) {
      return this.rows.get(month) ?? { sent: 0, received: 0 };
    },
  };
}

describe('the traffic meter', () => {
  const march = Date.UTC(2026, 2, 31, 23, 59, 0);

  it('counts bytes in memory and writes them once, five seconds after the first', () => {
    const table = monthlyTable();
    const timers = new ManualTimers();
    const meter = new TrafficMeter(table, { now: () => march }, timers);
    meter.count(100, 0);
    meter.count(0, 40);
    meter.count(10, 2);
    expect(table.writes).toBe(0);
    expect(meter.totals()).toEqual({ sent: 110, received: 42 });
    timers.advance(5000);
    expect(table.writes).toBe(1);
    expect(table.rows.get('2026-03')).toEqual({ sent: 110, received: 42 });
    expect(meter.totals()).toEqual({ sent: 110, received: 42 });
  });

  it("books each write under the clock's UTC month", () => {
    const table = monthlyTable();
    let now = march;
    const meter = new TrafficMeter(table, { now: () => now }, new ManualTimers());
    meter.count(5, 5);
    meter.flush();
    now += 2 * 60_000;
    meter.count(7, 1);
    meter.flush();
    expect(table.rows.get('2026-03')).toEqual({ sent: 5, received: 5 });
    expect(table.rows.get('2026-04')).toEqual({ sent: 7, received: 1 });
    expect(meter.totals()).toEqual({ sent: 7, received: 1 });
  });

  it('writes nothing when nothing was counted, and gives up quietly on a closed notebook', () => {
    const table = monthlyTable();
    const meter = new TrafficMeter(table, { now: () => march }, new ManualTimers());
    meter.flush();
    expect(table.writes).toBe(0);
    table.closed = true;
    meter.count(1, 1);
    expect(() => meter.flush()).not.toThrow();
  });
});

describe('the data saver', () => {
  it('is off unless enabled, and steps aside on an unmetered network', () => {
    expect(new DataSaver(undefined).active()).toBe(false);
    const saver = new DataSaver({ enabled: true });
    expect(saver.active()).toBe(true);
    saver.update({ unmetered: true });
    expect(saver.active()).toBe(false);
    saver.update({ unmetered: false });
    expect(saver.active()).toBe(true);
  });

  it('defers a download above the threshold and lets a smaller one through', () => {
    const saver = new DataSaver({ enabled: true, thresholdBytes: 1000 });
    expect(saver.peeked(1001)).toBe(false);
    expect(saver.deferredBytes()).toBe(1001);
    expect(saver.peeked(1000)).toBe(true);
    expect(saver.deferredBytes()).toBe(0);
  });

  it('hands a deferred download over once', () => {
    const saver = new DataSaver({ enabled: true, thresholdBytes: 10 });
    expect(saver.takeDeferred()).toBe(false);
    saver.peeked(50);
    expect(saver.takeDeferred()).toBe(true);
    expect(saver.takeDeferred()).toBe(false);
    expect(saver.deferredBytes()).toBe(0);
  });

  it('allows large transfers until the next connection', () => {
    const saver = new DataSaver({ enabled: true });
    saver.allowLargeTransfers();
    expect(saver.active()).toBe(false);
    saver.connected();
    expect(saver.active()).toBe(true);
  });

  it('allows one pull through while it starts, and holds back again after', () => {
    const saver = new DataSaver({ enabled: true });
    const seen: boolean[] = [];
    saver.whileAllowed(() => seen.push(saver.active()));
    expect(seen).toEqual([false]);
    expect(saver.active()).toBe(true);
  });
});
