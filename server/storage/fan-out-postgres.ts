import { EventEmitter } from 'node:events';
import pg from 'pg';
import { randomBytes } from '../../shared/crypto/random';
import { toHex } from '../../shared/encoding/hex';
import type { Queryable } from './context-postgres';
import type { StorageEvent } from './types';

const CHANNEL = 'pendamping_sync';

/**
 * Storage events across relay processes: each commit that changes a team sends a NOTIFY with
 * this process's instance id; every process LISTENs on its own connection and passes on what the
 * others sent (its own it has already emitted, after its commit).
 */
export class PostgresFanOut {
  private readonly events = new EventEmitter();
  private readonly instance = toHex(randomBytes(8));
  private listener: pg.Client | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      const [instance, type, team, seq] = (msg.payload ?? '').split('|');
      if (!team || instance === this.instance) return;
      if (type === 'entries') this.events.emit('event', { type, team, seq: Number(seq) });
      else if (type === 'members' || type === 'scopes' || type === 'roster') {
        this.events.emit('event', { type, team });
      }
    });
    client.on('error', () => {
      // The listening connection dropped: reconnect (other processes' writes would go unseen).
      if (this.closed) return;
      this.listener = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 500);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async notify(q: Queryable, event: StorageEvent): Promise<void> {
    const seq = event.type === 'entries' ? event.seq : 0;
    await q.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      `${this.instance}|${event.type}|${event.team}|${seq}`,
    ]);
  }

  emit(event: StorageEvent): void {
    this.events.emit('event', event);
  }

  onEvent(listener: (event: StorageEvent) => void): void {
    this.events.on('event', listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }
}
