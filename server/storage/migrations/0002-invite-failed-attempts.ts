import type { Migration } from './migration';

/** Wrong secrets counted per invite, so one invite can be burned across every process. */
export const inviteFailedAttempts: Migration = {
  version: 2,
  name: 'invite-failed-attempts',
  sqlite: (db) => {
    // A database from before numbering may have the column already (it was added on open).
    const columns = db.prepare('PRAGMA table_info(invites)').all() as Array<{ name: string }>;
    if (columns.some((c) => c.name === 'failed_attempts')) return;
    db.exec('ALTER TABLE invites ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0');
  },
  postgres: `ALTER TABLE invites ADD COLUMN IF NOT EXISTS failed_attempts integer NOT NULL DEFAULT 0;`,
};
