import type { Host } from '../../shared/api/app';
import type { LockReason } from '../../shared/api/vault';
import type { EventHub } from './events';
import type { Logger } from './log';
import type { TeamSync } from './team/team-sync';
import type { ErasureService } from './erasure';
import type { RecordsContext } from './records/records-context';
import type { IdleLock } from './session/idle-lock';
import type { SettingsFile } from './settings/settings-file';

/** What every handler map shares: the core's state, created once per process. */
export interface CoreContext {
  dataDir: string;
  version: string;
  host: Host;
  log: Logger;
  events: EventHub;
  settings: SettingsFile;
  idle: IdleLock;
  /** The records of the unlocked vault; throws CoreError('locked') otherwise. */
  records(): RecordsContext;
  /** The team sync of the unlocked vault; throws CoreError('locked') otherwise. */
  team(): TeamSync;
  /** Erasure of closed cases (crypto-shredding); throws CoreError('locked') otherwise. */
  erasure(): ErasureService;
  /** Wipes keys, closes the store and tells every window. */
  lock(reason: LockReason): void;
  /** Opens what needs the keys, once the vault is unlocked. */
  afterUnlock(): void;
}
