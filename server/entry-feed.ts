import { PullFlags, type ClientFrame } from '../shared/sync';
import type { ConnectionContext } from './connection-context';
import { accessibleScopes } from './team-state';

/** A page of entries stays well under the frame limit. */
const PAGE_BYTES = 256 * 1024;
const PAGE_COUNT = 2000;
/** Stop reading from storage while the socket has this much unsent (a slow reader). */
const HIGH_WATER = 4 * 1024 * 1024;

/**
 * The entries a connection reads (docs/sync-protocol.md, "Pulling"): the first pull from the
 * client's cursor, backfills of one scope, and then live fan-out of what is stored later.
 */
export class EntryFeed {
  // Live fan-out: entries after `cursor` are sent as they arrive, once the first pull is done.
  private live = false;
  private cursor = 0;
  private catchUp: { requestId: number; includeOwn: boolean } | undefined;
  private pumping = false;
  private dirty = false;

  constructor(private readonly ctx: ConnectionContext) {}

  /** New entries were stored in this team: send what this connection may read. */
  wake(): void {
    if (this.live && this.ctx.isReady()) void this.pump();
  }

  async pull(frame: Extract<ClientFrame, { t: 'pull' }>): Promise<void> {
    const ctx = this.ctx;
    const includeOwn = (frame.flags & PullFlags.includeOwn) !== 0;
    const query = await this.readQuery(frame.cursor, includeOwn, frame.scopeId || undefined);
    const info = await ctx.storage.summary(ctx.teamId(), query);
    ctx.send({ t: 'pull-info', requestId: frame.requestId, ...info });
    ctx.log.debug({ conn: ctx.connId, req: frame.requestId, from: frame.cursor, ...info }, 'pull');
    if ((frame.flags & PullFlags.peek) !== 0) {
      ctx.send({ t: 'synced', requestId: frame.requestId, cursor: frame.cursor });
      return;
    }
    if (frame.scopeId) {
      // A backfill of one scope (access was granted after the cursor passed its entries).
      void this.backfill(frame.requestId, frame.cursor, frame.scopeId).catch((e: unknown) =>
        ctx.fail(e),
      );
      return;
    }
    this.cursor = frame.cursor;
    this.catchUp = { requestId: frame.requestId, includeOwn };
    this.live = true;
    void this.pump();
  }

  private async readQuery(after: number, includeOwn: boolean, scopeId?: string) {
    const member = this.ctx.member();
    const scopes = await accessibleScopes(this.ctx.state(), member);
    return {
      after,
      member: member.memberNo,
      scopes: scopes.map((s) => s.scopeId),
      includeOwn,
      maxBytes: PAGE_BYTES,
      maxCount: PAGE_COUNT,
      ...(scopeId ? { scopeId } : {}),
    };
  }

  private async backfill(requestId: number, from: number, scopeId: string): Promise<void> {
    const ctx = this.ctx;
    let after = from;
    for (;;) {
      const page = await ctx.storage.read(ctx.teamId(), await this.readQuery(after, true, scopeId));
      if (page.entries.length > 0) ctx.send({ t: 'entries', requestId, entries: page.entries });
      after = page.scannedTo;
      if (page.done || !ctx.isReady()) break;
      await this.drain();
    }
    ctx.send({ t: 'synced', requestId, cursor: after });
  }

  private async drain(): Promise<void> {
    while (this.ctx.unsentBytes() > HIGH_WATER && this.ctx.isReady()) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Sends everything after `cursor`, page by page; one pump at a time per connection. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.dirty = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.dirty = false;
        const catchUp = this.catchUp;
        for (;;) {
          const query = await this.readQuery(this.cursor, catchUp?.includeOwn ?? false);
          const page = await this.ctx.state().read(query);
          if (!this.ctx.isReady()) return;
          if (page.entries.length > 0) {
            const requestId = catchUp?.requestId ?? 0;
            this.ctx.send({ t: 'entries', requestId, entries: page.entries });
          }
          this.cursor = page.scannedTo;
          if (page.done) break;
          await this.drain();
        }
        if (catchUp && this.catchUp === catchUp) {
          this.catchUp = undefined;
          this.ctx.send({ t: 'synced', requestId: catchUp.requestId, cursor: this.cursor });
        }
      } while (this.dirty);
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      this.pumping = false;
    }
  }
}
