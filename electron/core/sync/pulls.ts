import {
  PullFlags,
  type ClientFrame,
  type ScopeInfo,
  type StoredEntry,
} from '../../../shared/sync';
import type { SqliteDatabase } from '../store';
import type { MissingRange } from './author-sequences';
import type { SyncKeySource } from './client-types';
import type { LocalSyncState } from './local-state';

/** A pull request on this connection: the main one (or its peek), or a scope's whole history. */
export interface Pull {
  kind: 'main' | 'peek' | 'backfill';
  scopeId?: string;
}

export interface PullParts {
  db: SqliteDatabase;
  local: LocalSyncState;
  keys: Pick<SyncKeySource, 'scopeOf'>;
  /** The state row holding the team's cursor (`cursor:<team id in hex>`). */
  cursorName: string;
  send: (frame: ClientFrame) => void;
  nextRequestId: () => number;
}

/**
 * Pulls (docs/sync-protocol.md, "Pulling"): the main pull of everything after the cursor (or
 * first a peek at its size, under the data saver), a backfill from 0 for each scope this device
 * has never downloaded, and refetches of scopes whose author numbers show a gap. Moves the cursor
 * with the main pull and with live entries only: a backfill reads older entries.
 */
export class Pulls {
  /** Scopes this member can read, as the relay last listed them. */
  scopeList: ScopeInfo[] = [];
  private pulls = new Map<number, Pull>();
  private mainFrom = 0;
  private mainDone = false;
  /** Pages of a `scopes` list still being received (acted on once the last arrives). */
  private scopePages: ScopeInfo[] = [];
  /** Scopes whose history was fetched again on this connection to look for missing numbers. */
  private refetched = new Set<string>();

  constructor(private readonly parts: PullParts) {}

  /** A new connection: no pull is open, the main one is to do. */
  reset(): void {
    this.pulls = new Map();
    this.mainFrom = 0;
    this.mainDone = false;
    this.scopePages = [];
    this.refetched = new Set();
  }

  get cursor(): number {
    return Number(this.parts.local.state(this.parts.cursorName) ?? 0);
  }

  /** Pulls open on this connection. */
  get open(): number {
    return this.pulls.size;
  }

  /** The main pull of this connection has finished. */
  get caughtUp(): boolean {
    return this.mainDone;
  }

  /** A main pull or peek is still open (backfills do not hold "up to date" back). */
  mainPending(): boolean {
    return [...this.pulls.values()].some((p) => p.kind !== 'backfill');
  }

  kindOf(requestId: number): Pull['kind'] | undefined {
    return this.pulls.get(requestId)?.kind;
  }

  /** Asks for everything after the cursor; `peek`: only how much that is (the data saver). */
  startMain(peek: boolean): void {
    const cursor = this.cursor;
    const requestId = this.parts.nextRequestId();
    this.pulls.set(requestId, { kind: peek ? 'peek' : 'main' });
    if (!peek) {
      this.mainFrom = cursor;
      this.mainDone = false;
    }
    this.parts.send({
      t: 'pull',
      requestId,
      cursor,
      scopeId: '',
      flags: (cursor === 0 ? PullFlags.includeOwn : 0) | (peek ? PullFlags.peek : 0),
    });
  }

  /** One page of the `scopes` list: the whole list once its last page arrived. */
  scopesPage(scopes: ScopeInfo[], more?: boolean): ScopeInfo[] | undefined {
    this.scopePages.push(...scopes);
    if (more) return undefined;
    const all = this.scopePages;
    this.scopePages = [];
    return all;
  }

  /**
   * Scopes this member can read. Once the main pull is done, a scope this device has never
   * downloaded gets a backfill pull from 0: access to it is new, and the cursor has already
   * passed its entries. `ready`: the connection is welcomed.
   */
  scopes(scopes: ScopeInfo[], ready: boolean): void {
    this.scopeList = scopes;
    if (!ready || !this.mainDone) return;
    for (const scope of scopes) {
      if (this.parts.local.scopeSeen(scope.scopeId)) continue;
      if ([...this.pulls.values()].some((p) => p.scopeId === scope.scopeId)) continue;
      this.backfill(scope.scopeId);
    }
  }

  /**
   * Changes missing below later ones: ask the relay once per connection for the whole history of
   * their scopes (a relay that stopped withholding hands them over; duplicates are ignored).
   */
  refetch(missing: MissingRange[]): void {
    for (const gap of missing) {
      const scopeId = this.parts.keys.scopeOf(gap.docId);
      if (!scopeId || this.refetched.has(scopeId)) continue;
      this.refetched.add(scopeId);
      this.backfill(scopeId);
    }
  }

  /** Applies a frame of entries, in one transaction; moves the cursor past them if it may. */
  receive(requestId: number, entries: StoredEntry[], apply: (entry: StoredEntry) => void): void {
    const advancesCursor = requestId === 0 || this.kindOf(requestId) === 'main';
    this.parts.db.transaction(() => {
      let cursor = this.cursor;
      for (const entry of entries) {
        apply(entry);
        if (advancesCursor && entry.seq > cursor) cursor = entry.seq;
      }
      if (advancesCursor) this.parts.local.setState(this.parts.cursorName, String(cursor));
    })();
  }

  /** The relay finished a pull; returns false for one this connection did not ask for. */
  synced(requestId: number, cursor: number, ready: boolean): boolean {
    const { local } = this.parts;
    const pull = this.pulls.get(requestId);
    this.pulls.delete(requestId);
    if (!pull) return false;
    if (pull.kind === 'main') {
      if (cursor > this.cursor) local.setState(this.parts.cursorName, String(cursor));
      this.mainDone = true;
      // A pull from 0 downloaded every scope there was; after a pull from a later cursor, scopes
      // this device has not seen yet still need their history (scopes() sends the backfills).
      if (this.mainFrom === 0)
        for (const scope of this.scopeList) local.markScopeSeen(scope.scopeId);
      this.scopes(this.scopeList, ready);
    } else if (pull.kind === 'backfill' && pull.scopeId) {
      local.markScopeSeen(pull.scopeId);
    }
    return true;
  }

  private backfill(scopeId: string): void {
    const requestId = this.parts.nextRequestId();
    this.pulls.set(requestId, { kind: 'backfill', scopeId });
    this.parts.send({ t: 'pull', requestId, cursor: 0, scopeId, flags: 0 });
  }
}
