import { mkdirSync } from 'node:fs';
import type { Host } from '../../shared/api/app';
import type { Handlers } from '../../shared/api/contract';
import type { LockReason } from '../../shared/api/vault';
import type { CoreContext } from './core-context';
import { initSodium } from './crypto';
import { warmUpCipher } from './crypto/aead';
import { EventHub } from './events';
import { appHandlers } from './handlers/app';
import { BACKUP_METHODS, backupHandlers } from './handlers/backup';
import { recordsHandlers } from './handlers/records';
import { reviewHandlers } from './handlers/review';
import { settingsHandlers } from './handlers/settings';
import { syncHandlers } from './handlers/sync';
import { erasureHandlers } from './handlers/erasure';
import { wellbeingHandlers } from './handlers/wellbeing';
import { attachmentHandlers } from './handlers/attachments';
import { exportHandlers } from './handlers/exports';
import { ExportTickets, type ExportFile } from './exports/export-tickets';
import { libraryHandlers } from './handlers/library';
import { groupHandlers } from './handlers/groups';
import { followUpHandlers } from './handlers/follow-ups';
import { householdHandlers } from './handlers/household';
import { communityHandlers } from './handlers/community';
import { caseConflictHandlers } from './handlers/case-conflicts';
import { VAULT_METHODS, vaultHandlers } from './handlers/vault';
import { failingHandlers } from './handlers/failing';
import { CoreError } from './errors';
import { createLogger, type Logger } from './log';
import { createDispatcher, type Dispatch } from './rpc/dispatch';
import { systemClock, type Clock } from './clock';
import { IdleLock } from './session/idle-lock';
import { SettingsFile } from './settings/settings-file';
import { Vault } from './vault';
import { Workspace } from './workspace';

export interface CoreOptions {
  dataDir: string;
  version: string;
  host: Host;
  log?: Logger;
  clock?: Clock;
  /** Milliseconds in an idle "minute"; only tests shorten it. */
  idleMinuteMs?: number;
  /** Argon2id cost; only tests lower it. */
  kdfCost?: { opsLimit: number; memLimitBytes: number };
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  handlers: Handlers;
  lock(reason: LockReason): void;
  close(): void;
  /**
   * Hands over a file made for export, once, and records that it left (issue #14, item 6): the
   * host calls this only when the person has chosen where it goes. Nothing while locked.
   */
  takeExport(ticket: string): ExportFile | undefined;
}

/** The app core: plain Node, the same in Electron's utility process and in the web host. */
export async function createCore(options: CoreOptions): Promise<Core> {
  await initSodium();
  warmUpCipher();
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const log = options.log ?? createLogger();
  const clock = options.clock ?? systemClock;
  const events = new EventHub();
  const exportTickets = new ExportTickets(clock.now);
  const settings = new SettingsFile(options.dataDir);
  const loaded = loadVault(options, clock, log);
  const vault = loaded instanceof Vault ? loaded : undefined;
  let workspace: Workspace | undefined;

  const ctx: CoreContext = {
    dataDir: options.dataDir,
    version: options.version,
    host: options.host,
    log,
    events,
    settings,
    idle: new IdleLock(
      clock,
      () => settings.get().lockAfterMinutes,
      () => ctx.lock('idle'),
      options.idleMinuteMs,
    ),
    records() {
      if (!workspace) throw new CoreError('locked', 'the vault is locked');
      return workspace.records;
    },
    team() {
      if (!workspace) throw new CoreError('locked', 'the vault is locked');
      return workspace.team;
    },
    erasure() {
      if (!workspace) throw new CoreError('locked', 'the vault is locked');
      return workspace.erasure;
    },
    lock(reason) {
      if (vault?.status().state !== 'unlocked') return;
      ctx.idle.stop();
      exportTickets.clear();
      try {
        workspace?.close();
      } finally {
        workspace = undefined;
        vault.lock();
      }
      log.info({ reason }, 'vault locked');
      events.emit('vault.changed', { status: vault.status(), reason });
    },
    afterUnlock() {
      if (!vault) return;
      if (!workspace) {
        try {
          workspace = Workspace.open(options.dataDir, vault, log, events, clock);
        } catch (error) {
          // Without its store the app cannot work: stay locked and say why.
          vault.lock();
          throw error;
        }
      }
      ctx.idle.start();
      if (vault) events.emit('vault.changed', { status: vault.status() });
    },
  };

  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...recordsHandlers(ctx),
    ...reviewHandlers(ctx, vault),
    ...syncHandlers(ctx),
    ...erasureHandlers(ctx),
    ...wellbeingHandlers(ctx),
    ...exportHandlers(ctx, vault, exportTickets),
    ...libraryHandlers(ctx),
    ...groupHandlers(ctx, vault),
    ...followUpHandlers(ctx),
    ...householdHandlers(ctx),
    ...communityHandlers(ctx, vault),
    ...caseConflictHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...(vault
      ? { ...vaultHandlers(ctx, vault), ...backupHandlers(ctx, vault, options.kdfCost) }
      : failingHandlers([...VAULT_METHODS, ...BACKUP_METHODS], loaded as CoreError)),
  };

  return {
    dispatch: createDispatcher(handlers, log),
    events,
    handlers,
    lock: (reason) => ctx.lock(reason),
    takeExport: (ticket) => {
      if (vault?.status().state !== 'unlocked') return undefined;
      try {
        const file = exportTickets.take(ticket);
        // Its leaving is now in the export log or the case's trail, written after the screen
        // asked (a browser fetches the file a moment after the click): they read again.
        if (file) events.emit('records.changed', { documentIds: [] });
        return file;
      } catch (error) {
        // The file does not leave if its leaving cannot be recorded.
        log.error({ err: error instanceof Error ? error.name : 'unknown' }, 'export not taken');
        return undefined;
      }
    },
    close() {
      ctx.lock('shutdown');
      ctx.idle.stop();
    },
  };
}

/** A damaged vault.json must not stop the app from starting and saying so. */
function loadVault(options: CoreOptions, clock: Clock, log: Logger): Vault | CoreError {
  try {
    return Vault.load(options.dataDir, {
      clock,
      ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
    });
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    log.error({ code: error.code }, 'vault file unreadable');
    return error;
  }
}
