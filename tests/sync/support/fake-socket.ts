import {
  decodeClientFrame,
  encodeServerFrame,
  type ClientFrame,
  type ServerFrame,
} from '../../../shared/sync';
import type { WebSocketLike } from '../../../electron/core/sync/transport';

type Handler = (...args: never[]) => void;

/** A socket the test plays the relay on: it reads what the client sent and answers by hand. */
export class FakeSocket implements WebSocketLike {
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: ClientFrame[] = [];
  closedWith: { code?: number; reason?: string } | undefined;
  private readonly handlers = new Map<string, Handler[]>();

  send(data: Uint8Array): void {
    this.sent.push(decodeClientFrame(data));
  }

  close(code?: number, reason?: string): void {
    this.closedWith = { code, reason };
    this.readyState = 3;
  }

  on(event: string, listener: Handler): unknown {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }

  /** The relay sends a frame. */
  receive(frame: ServerFrame): void {
    for (const h of this.handlers.get('message') ?? [])
      (h as (data: unknown) => void)(encodeServerFrame(frame));
  }

  /** The connection ends (after an optional socket error). */
  end(error?: Error): void {
    this.readyState = 3;
    if (error) for (const h of this.handlers.get('error') ?? []) (h as (e: Error) => void)(error);
    for (const h of this.handlers.get('close') ?? []) (h as (code: number) => void)(1006);
  }
}
