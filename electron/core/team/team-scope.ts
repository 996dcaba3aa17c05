import { errorMessage } from '../../../shared/errors/describe';
import type { Logger } from '../log';
import type { SyncClient } from '../sync';
import { connected } from './client-liveness';
import type { TeamAccess } from './team-access';
import type { Enrollment } from './team-document';
import { teamScopeId } from './team-enrollment';

/**
 * The team-wide scope (templates, names, directory, erasure register): its documents made
 * writable here, and the scope kept open to every current member of the verified roster.
 */
export class TeamScope {
  /** How many members the scope was last opened to. */
  private size = 0;

  constructor(
    private readonly access: TeamAccess,
    private readonly shareKeys: () => void,
    private readonly log: Logger,
  ) {}

  /**
   * A supervisor makes a document of the team-wide scope writable here: the scope (minted if
   * this device has no key for it), the document filed under it, the scope opened to every
   * member and its key sealed to them.
   */
  async openDocument(
    client: SyncClient,
    enrollment: Enrollment,
    docId: string,
    kind: string,
  ): Promise<void> {
    await connected(client, 15_000);
    const { keyring, store } = this.access.records;
    const scopeId = teamScopeId(enrollment);
    if (!keyring.scopeOf(docId)) {
      if (keyring.keyIdsOf(scopeId).length === 0) keyring.createScope(scopeId);
      keyring.assignDocument(docId, scopeId);
    }
    if (!store.documentKind(docId)) store.setDocumentKind(docId, kind);
    await this.open(client, scopeId);
    this.shareKeys();
  }

  /** The team scope lists every current member, so counselors fetch the templates too. */
  private async open(client: SyncClient, scopeId: string): Promise<void> {
    const members = (this.access.roster()?.keeper.verified().current() ?? []).map(
      (m) => m.memberNo,
    );
    await client.setScopeMembers(scopeId, members, true);
    this.size = members.length;
  }

  /** A supervisor holding the team scope widens it when members join. */
  keepOpen(client: SyncClient): void {
    const enrollment = this.access.team().enrollment();
    if (enrollment?.role !== 'supervisor') return;
    const scopeId = teamScopeId(enrollment);
    if (this.access.records.keyring.keyIdsOf(scopeId).length === 0) return;
    const current = this.access.roster()?.keeper.verified().current().length ?? 0;
    if (current === this.size) return;
    this.size = current;
    this.open(client, scopeId).catch((error: unknown) =>
      this.log.warn({ err: errorMessage(error) }, 'team scope not widened'),
    );
  }
}
