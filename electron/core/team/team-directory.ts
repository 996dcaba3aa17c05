import type { DirectorySharing } from '../../../shared/domain';
import {
  LOCAL_DIRECTORY,
  markMerged,
  mergeContacts,
  unmergedContacts,
  type DirectoryPlace,
} from '../records/directory';
import {
  DIRECTORY_DOCUMENT,
  DIRECTORY_KIND,
  teamDirectoryDocumentId,
} from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import type { Enrollment } from './team-document';

/** The team this device is in, and the scope every member reads. */
export interface DirectoryTeam {
  enrollment: Enrollment;
  scopeId: string;
}

/**
 * The team's directory of referral contacts (issue: "shared with the team once sync exists"):
 * the document `directory-<team id>` in the team-wide scope, next to the checklist templates and
 * display names, so the relay stores ciphertext only. Every member adds, edits and archives
 * contacts; unlike templates or erasures nothing is signed, since a contact carries no authority.
 *
 * A device writes it once it holds the team-wide key (a supervisor mints it, a counselor gets it
 * sealed from a supervisor). Until then, just after joining or while offline, contacts go to the
 * device's own directory; when the key is here, its contacts are merged into the team's, each
 * once (marked in the personal directory, so a restart does not merge again), and from then on
 * the team's is the directory.
 */
export class TeamDirectory {
  private merging = false;
  private mergedTeam: string | undefined;
  private lastSharing: DirectorySharing | undefined;

  constructor(private readonly records: RecordsContext) {}

  /** Where the directory is for this team (none: working alone), merging first if due. */
  place(team: DirectoryTeam | undefined): DirectoryPlace {
    const place = this.resolve(team);
    this.lastSharing = place.sharing;
    return place;
  }

  /**
   * On a sync status, once this device is up to date (so the merge sees the team's contacts and
   * does not add a twin of one it has not received yet): true when the directory just became the
   * team's, so open screens should load it again.
   */
  refresh(upToDate: boolean, team: DirectoryTeam): boolean {
    if (!upToDate || this.lastSharing === 'team') return false;
    const before = this.lastSharing;
    const now = this.place(team).sharing;
    // Nothing was shown before (no screen asked yet): nothing to load again.
    return before !== undefined && now !== before;
  }

  private resolve(team: DirectoryTeam | undefined): DirectoryPlace {
    if (!team) return LOCAL_DIRECTORY;
    const { enrollment, scopeId } = team;
    const { keyring, store } = this.records;
    if (keyring.keyIdsOf(scopeId).length === 0) {
      return { docId: DIRECTORY_DOCUMENT, sharing: 'pending' };
    }
    const docId = teamDirectoryDocumentId(enrollment.teamId);
    // Filed under the team scope before anything is written, so it is sealed with the team key.
    if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
    if (!store.documentKind(docId)) store.setDocumentKind(docId, DIRECTORY_KIND);
    this.mergeOnce(enrollment.teamId, docId);
    return { docId, sharing: 'team' };
  }

  private mergeOnce(teamId: string, docId: string): void {
    const { store, docs, actorId } = this.records;
    // Writing enqueues for sync, which fires the status listener that may have called us. And
    // once merged in this process nothing more is written locally while the team's key is held.
    if (this.merging || this.mergedTeam === teamId || !store.documentKind(DIRECTORY_DOCUMENT)) {
      return;
    }
    const local = docs.open(DIRECTORY_DOCUMENT);
    const ours = unmergedContacts(local, teamId);
    this.merging = true;
    try {
      if (ours.length > 0) {
        const at = this.records.nowIso();
        // Two transactions: if the second is lost, the next merge finds the contacts by id.
        docs.transact(docId, (team) => mergeContacts(ours, team, actorId, at));
        const ids = ours.map((c) => c.id);
        docs.transact(DIRECTORY_DOCUMENT, (doc) => markMerged(doc, teamId, ids, at));
      }
      this.mergedTeam = teamId;
    } finally {
      this.merging = false;
    }
  }
}
