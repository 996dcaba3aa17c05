import type { WebSocket } from 'ws';

interface HeldFrame {
  data: unknown;
  isBinary: boolean;
}

/**
 * Over its frame or byte rate, a connection stops reading its socket until the budget has
 * refilled (server/limits.ts). TCP backpressure slows the sender; nothing is refused or lost, and
 * the wait is always shorter than the heartbeat, so the connection survives it.
 */
export class ReadThrottle {
  private timer: NodeJS.Timeout | undefined;
  /** Frames received while throttled, handled when the budget allows (at most one socket read). */
  private held: HeldFrame[] | undefined;

  constructor(
    private readonly ws: WebSocket,
    /** Handles a frame; it may throttle again. */
    private readonly accept: (data: unknown, isBinary: boolean) => void,
    private readonly isClosed: () => boolean,
  ) {}

  /** Throttled: ws still emits what it had already read; keep it, in order, for later. */
  hold(data: unknown, isBinary: boolean): boolean {
    if (!this.held) return false;
    this.held.push({ data, isBinary });
    return true;
  }

  /** Stops reading for `ms`; false when already stopped. */
  pause(ms: number): boolean {
    if (this.held) return false;
    this.held = [];
    this.ws.pause();
    this.timer = setTimeout(() => this.release(), ms);
    return true;
  }

  /** The connection closed: no release is due. */
  stop(): void {
    clearTimeout(this.timer);
  }

  private release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    this.timer = undefined;
    for (let next = held.shift(); next && !this.isClosed(); next = held.shift()) {
      this.accept(next.data, next.isBinary);
      // Over budget again: the rest waits for the next release.
      if (this.holding(held)) return;
    }
    if (!this.isClosed()) this.ws.resume();
  }

  /** Throttled again while releasing: `rest` goes back behind the frame that did it. */
  private holding(rest: HeldFrame[]): boolean {
    if (!this.held) return false;
    this.held.push(...rest);
    return true;
  }
}
