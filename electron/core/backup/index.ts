export { exportBackup, type BackupSummary, type ExportBackupOptions } from './export-backup';
export { readBackupHeader } from './read-header';
export { restoreBackup, type RestoreBackupOptions, type RestoreSummary } from './restore-backup';
export { CHUNK_BYTES, FORMAT_VERSION } from './format';
