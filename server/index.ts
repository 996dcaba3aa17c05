/** The sync relay (docs/sync-protocol.md): start it with `tsx server/cli.ts`. */
export { SyncServer, type SyncServerOptions } from './sync-server';
export { SqliteStorage } from './storage/sqlite';
export type { SyncStorage, StorageEvent } from './storage/types';
export { createServerLogger, silentServerLogger } from './log';
export { openStorage } from './open-storage';
