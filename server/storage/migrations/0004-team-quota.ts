import type { Migration } from './migration';

/**
 * The per-team storage quota and the per-member scope cap (server/storage/acceptance.ts): each
 * team row keeps the bytes of its stored entry bodies (counted once here from what is stored),
 * and scopes are indexed by owner so counting a member's scopes does not scan the team.
 */
export const teamQuota: Migration = {
  version: 4,
  name: 'team-quota',
  sqlite: `
    ALTER TABLE teams ADD COLUMN bytes_used INTEGER NOT NULL DEFAULT 0;
    UPDATE teams SET bytes_used =
      (SELECT coalesce(sum(length(body)), 0) FROM entries WHERE entries.team_id = teams.team_id);
    CREATE INDEX IF NOT EXISTS scopes_by_owner ON scopes (team_id, owner);
  `,
  postgres: `
    ALTER TABLE teams ADD COLUMN IF NOT EXISTS bytes_used bigint NOT NULL DEFAULT 0;
    UPDATE teams SET bytes_used =
      (SELECT coalesce(sum(length(body)), 0) FROM entries WHERE entries.team_id = teams.team_id);
    CREATE INDEX IF NOT EXISTS scopes_by_owner ON scopes (team_id, owner);
  `,
};
