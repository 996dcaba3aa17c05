export { Store, type StoreOptions } from './store';
export {
  openDatabase,
  type DatabaseOptions,
  type Durability,
  type SqliteDatabase,
} from './database';
export { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from './migrations';
export type { KeyProvider, LoadedDocument, RowKind, RowProblem, SlowQueryLogger } from './types';
