import WebSocket from 'ws';
import { MAX_FRAME_BYTES } from '../../../shared/sync';

/**
 * The seam between the sync client and the network: anything with the `ws` client's shape. Tests
 * put a fault-injecting proxy behind the factory; the app uses `defaultWebSocketFactory`.
 */
export interface WebSocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  terminate?(): void;
  on(event: 'open', listener: () => void): unknown;
  on(event: 'message', listener: (data: unknown, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export const OPEN = 1;

export const defaultWebSocketFactory: WebSocketFactory = (url) =>
  new WebSocket(url, {
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate: false,
    handshakeTimeout: 15_000,
  }) as unknown as WebSocketLike;

export function frameBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  return new Uint8Array(0);
}

/** Timers as a seam, so tests can drive backoff and batching without waiting. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter",
 * 2015): a random delay in [0, min(max, base · 2^attempt)], so devices that lost the same server
 * do not come back in lockstep.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  baseMs = 500,
  maxMs = 60_000,
): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20)));
}
