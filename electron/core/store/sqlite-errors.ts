import { CoreError } from '../errors';

interface SqliteErrorLike {
  code?: unknown;
}

function sqliteCode(error: unknown): string {
  const code = (error as SqliteErrorLike | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * A full disk or a failing disk is something the user can act on, so it gets its own code. Every
 * write runs inside a transaction, so when this is thrown nothing of the write was kept.
 */
export function mapSqliteError(error: unknown): unknown {
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
    const why = code === 'SQLITE_FULL' ? 'the disk is full' : 'the disk could not be written';
    return new CoreError(
      'disk_full',
      `The last change was not saved because ${why}. Free some space and try again; nothing was half-written.`,
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new CoreError('corrupt', 'The data file is damaged and could not be read.');
  }
  return error;
}

export function isCoreError(error: unknown): error is CoreError {
  return error instanceof CoreError;
}
