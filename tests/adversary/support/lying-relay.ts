import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
  type ClientFrame,
  type ServerFrame,
} from '../../../shared/sync';
import { toHex } from '../../../shared/sync/identity';
import { initSodium } from '../../../shared/crypto/sodium';
import { sqliteRelayForSuite } from '../../core/support/relay-files';

/** Who a connection belongs to, once its first frame (auth, create-team, join) names the key. */
export interface Victim {
  signPk: string | undefined;
  /** The member number the relay welcomed the connection as. */
  memberNo?: number;
}

export interface Lies {
  /** Rewrites (or drops, with []) what the relay sends a device. */
  toDevice?: (frame: ServerFrame, victim: Victim) => ServerFrame[];
  /** Rewrites (or drops) what a device sends the relay. */
  toRelay?: (frame: ClientFrame, victim: Victim) => ClientFrame[];
  /** Answers a device itself, in the relay's name, instead of forwarding its frame. */
  answer?: (frame: ClientFrame, victim: Victim) => ServerFrame[] | undefined;
}

/**
 * A relay under an attacker's control: it speaks the real protocol to real cores, in front of a
 * real relay it forwards to, and rewrites frames as `lies` say. Everything that passes through
 * it is kept (`seen`): what the attacker holds, for the byte scans after each attack.
 */
export class LyingRelay {
  lies: Lies = {};
  readonly seen: Uint8Array[] = [];
  private readonly server: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();

  private constructor(
    private readonly upstream: string,
    server: WebSocketServer,
  ) {
    this.server = server;
    server.on('connection', (device) => this.bridge(device));
  }

  static async start(upstream: string): Promise<LyingRelay> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new LyingRelay(upstream, server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Cuts one member off (every frame either way dropped) until `reconnect(memberNo)`. */
  cutOff(memberNo: number): void {
    const cut = (v: Victim): boolean => v.memberNo === memberNo;
    const before = this.lies;
    this.lies = {
      toDevice: (f, v) => (cut(v) ? [] : (before.toDevice?.(f, v) ?? [f])),
      toRelay: (f, v) => (cut(v) && f.t !== 'auth' ? [] : (before.toRelay?.(f, v) ?? [f])),
    };
    this.restore = () => (this.lies = before);
  }

  /** Ends a cut: the member's device reconnects by itself. */
  reconnect(): void {
    this.restore?.();
    this.restore = undefined;
    this.reconnectAll();
  }

  private restore: (() => void) | undefined;

  /** Drops every connection (devices reconnect by themselves), e.g. after changing the lies. */
  reconnectAll(): void {
    for (const s of this.sockets) s.terminate();
  }

  async close(): Promise<void> {
    this.reconnectAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private bridge(device: WebSocket): void {
    const relay = new WebSocket(this.upstream);
    const victim: Victim = { signPk: undefined };
    const early: Uint8Array[] = [];
    this.sockets.add(device);
    this.sockets.add(relay);
    const bytes = (data: RawData): Uint8Array =>
      new Uint8Array(Array.isArray(data) ? Buffer.concat(data) : (data as Buffer));
    relay.on('open', () => {
      for (const b of early.splice(0)) relay.send(b);
    });
    relay.on('message', (data) => {
      const raw = bytes(data);
      this.seen.push(raw);
      const frame = decodeServerFrame(raw);
      if (frame.t === 'welcome') victim.memberNo = frame.memberNo;
      const out = this.lies.toDevice?.(frame, victim) ?? [frame];
      for (const f of out)
        if (device.readyState === WebSocket.OPEN) device.send(encodeServerFrame(f));
    });
    device.on('message', (data) => {
      const raw = bytes(data);
      this.seen.push(raw);
      let frame: ClientFrame;
      try {
        frame = decodeClientFrame(raw);
      } catch {
        device.close();
        return;
      }
      if (frame.t === 'auth' || frame.t === 'create-team' || frame.t === 'join') {
        victim.signPk = toHex(frame.signPk);
      }
      const answered = this.lies.answer?.(frame, victim);
      if (answered) {
        for (const f of answered) device.send(encodeServerFrame(f));
        return;
      }
      for (const f of this.lies.toRelay?.(frame, victim) ?? [frame]) {
        const encoded = encodeClientFrame(f);
        if (relay.readyState === WebSocket.OPEN) relay.send(encoded);
        else early.push(encoded);
      }
    });
    const end = (): void => {
      this.sockets.delete(device);
      this.sockets.delete(relay);
      device.close();
      relay.close();
    };
    relay.on('close', end);
    device.on('close', end);
    relay.on('error', end);
    device.on('error', end);
  }
}

/**
 * The setup every adversary suite shares: one real relay on SQLite for the suite (its files are
 * scanned), a fresh lying relay in front of it for each test, libsodium ready.
 */
export function lyingRelayForEach(): {
  readonly relay: { readonly url: string; readonly dir: string };
  readonly lying: LyingRelay;
} {
  const relay = sqliteRelayForSuite();
  let current: LyingRelay | undefined;
  beforeAll(async () => {
    await initSodium();
  });
  beforeEach(async () => {
    current = await LyingRelay.start(relay.url);
  });
  afterEach(async () => {
    await current?.close();
  });
  return {
    relay,
    get lying() {
      if (!current) throw new Error('the lying relay is not running yet');
      return current;
    },
  };
}
