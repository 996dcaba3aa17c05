import type { RosterMember } from '../../../shared/sync/roster';
import type { RecordsContext } from '../records/records-context';
import type { SyncClient } from '../sync';
import type { AccountSecrets } from '../vault';
import type { TeamDocument } from './team-document';
import type { TeamRoster } from './team-roster';

/**
 * What TeamSync's helpers (key sharing, the team scope, the overview, what the rest of the core
 * gets) read from it. The client and the roster are made anew each time the device connects, so
 * each is read when used, never kept.
 */
export interface TeamAccess {
  readonly records: RecordsContext;
  readonly secrets: AccountSecrets;
  client(): SyncClient | undefined;
  roster(): TeamRoster | undefined;
  team(): TeamDocument;
  editTeam(edit: (team: TeamDocument) => void): void;
  requireClient(): SyncClient;
  /** The members of the verified roster, or undefined while nothing is verified. */
  verifiedMembers(): RosterMember[] | undefined;
  /** The core's clock (a seam tests can set), in unix seconds as invites and the roster use. */
  nowSeconds(): number;
}
