export {
  DocumentStore,
  STORE_ORIGIN,
  type DocumentCopier,
  type DocumentStoreOptions,
} from './document-store';
export {
  DEFAULT_COMPACTION,
  shouldCompact,
  type CompactionPolicy,
  type LogSize,
} from './compaction';
