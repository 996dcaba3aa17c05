import * as Y from 'yjs';
import type { SyncOverview, TeamRole } from '../../../shared/api/sync';
import type { ChecklistTemplate, TeamKnowledge } from '../../../shared/domain';
import { CoreError } from '../errors';
import type { Logger } from '../log';
import {
  caseDocumentId,
  sessionDocumentId,
  teamDirectoryDocumentId,
} from '../records/document-ids';
import type { DirectoryPlace } from '../records/directory';
import type { RecordsContext } from '../records/records-context';
import { RemoteChanges } from '../records/remote-changes';
import {
  addPublished,
  newPublication,
  TEMPLATES_KIND,
  templatesDocumentId,
} from '../records/team-templates';
import type { SyncClient } from '../sync';
import type { AccountSecrets } from '../vault';
import { KeyCustody } from '../keys/key-custody';
import { MemberProfiles, profilesDocumentId } from './member-profiles';
import { TeamDirectory } from './team-directory';
import { TEAM_DOCUMENT, TeamDocument, type Enrollment } from './team-document';
import { TeamRoster } from './team-roster';
import { fromHex } from '../../../shared/encoding/hex';
import { markVerified } from './member-trust';
import type { RosterMember } from '../../../shared/sync/roster';
import { teamKnowledge } from './team-knowledge';
import { errorMessage } from '../../../shared/errors/describe';
import type { TeamForWellbeing } from '../wellbeing';
import type { TeamForExports } from '../exports/export-service';
import type { TeamForLibrary } from '../library';
import type { TeamForErasure } from '../erasure';
import type { TeamForCommunity } from '../community';
import { startAttachmentSync } from '../attachments/team-attachments';
import { connected, isLive } from './client-liveness';
import { KeyDistribution } from './key-distribution';
import { exchangeRosterHeads } from './roster-head-exchange';
import type { TeamAccess } from './team-access';
import { createTeamClient } from './team-client';
import { anchorOf, foundTeam, joinByInvite, teamScopeId } from './team-enrollment';
import { handOverCase } from './case-handover';
import { teamOverview } from './team-overview';
import { TeamScope } from './team-scope';
import {
  teamForCommunity,
  teamForErasure,
  teamForExports,
  teamForLibrary,
  teamForWellbeing,
} from './team-services';

/**
 * The bridge between the notebook and the sync client: enrolment (create or join a team), the
 * outbox fed from local changes, incoming updates applied and indexed, case keys shared with the
 * team's supervisors, and the status the Sync screen shows. Writing never waits for any of it.
 * The jobs are in their own files: team-client.ts, key-distribution.ts, team-scope.ts,
 * case-handover.ts, roster-head-exchange.ts, team-overview.ts, team-services.ts.
 */
export class TeamSync {
  private client: SyncClient | undefined;
  /** Attachment chunks on the client's connection (electron/core/attachments). */
  private attachments: ReturnType<typeof startAttachmentSync> | undefined;
  /** The relay's last refusal of a pushed change (QuotaExceeded, TooManyScopes), while any waits. */
  private refusalCode: number | undefined;
  private custody: KeyCustody | undefined;
  private roster: TeamRoster | undefined;
  private readonly profiles: MemberProfiles;
  private readonly directory: TeamDirectory;
  /** What the helpers below read from this object, as of when they read it. */
  private readonly access: TeamAccess;
  private readonly keys: KeyDistribution;
  private readonly teamScope: TeamScope;

  constructor(
    private readonly records: RecordsContext,
    private readonly secrets: AccountSecrets,
    private readonly log: Logger,
    private readonly onChanged: (overview: SyncOverview) => void,
    private readonly onRecordsChanged: (documentIds: string[]) => void,
  ) {
    this.profiles = new MemberProfiles(records, secrets.signKeyPair);
    this.directory = new TeamDirectory(records);
    this.access = {
      records,
      secrets,
      client: () => this.client,
      roster: () => this.roster,
      team: () => this.team(),
      editTeam: (edit) => this.editTeam(edit),
      requireClient: () => this.requireClient(),
      verifiedMembers: () => this.verifiedMembers(),
      nowSeconds: () => this.nowSeconds(),
    };
    this.keys = new KeyDistribution(this.access, () => this.custody);
    this.teamScope = new TeamScope(this.access, () => this.keys.shareWithSupervisors(), log);
  }

  /** Where the referral directory is read and written: this device's, or the team's once in one. */
  directoryPlace(): DirectoryPlace {
    const enrollment = this.team().enrollment();
    return this.directory.place(enrollment && { enrollment, scopeId: teamScopeId(enrollment) });
  }

  /** What this device knows of its team, for judging a sign-off's authority. */
  knowledge(): TeamKnowledge {
    return teamKnowledge(
      this.secrets.signKeyPair.publicKey,
      this.team().enrollment(),
      this.verifiedMembers(),
    );
  }

  start(): void {
    const enrollment = this.team().enrollment();
    if (enrollment) this.connect(enrollment);
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.attachments?.stop();
    await client?.stop();
  }

  /** A local change, already persisted: queued for the team when its document is shared. */
  enqueue(docId: string, update: Uint8Array): void {
    if (this.client && this.records.keyring.scopeOf(docId)) this.client.enqueue(docId, update);
  }

  async createTeam(serverUrl: string): Promise<SyncOverview> {
    this.assertNotEnrolled();
    return this.enrolled(await foundTeam(serverUrl, this.secrets));
  }

  async join(code: string): Promise<SyncOverview> {
    this.assertNotEnrolled();
    return this.enrolled(await joinByInvite(code, this.secrets));
  }

  async invite(role: TeamRole): Promise<string> {
    const client = this.requireClient();
    await connected(client, 15_000);
    const ttlSeconds = 7 * 24 * 3600;
    const { code, inviteId, secret } = await client.createInvite(role, ttlSeconds);
    this.requireRoster().rememberInvite(inviteId, secret, role, this.nowSeconds() + ttlSeconds);
    return code;
  }

  /** Hands a case to another counselor (case-handover.ts). */
  handOver(caseId: string, toMemberNo: number): Promise<void> {
    return handOverCase(this.access, this.keys, caseId, toMemberNo);
  }

  /**
   * A supervisor removes a member: the relay refuses them from now on, and every case key this
   * device holds is rotated, so what is written next is sealed under keys they never had. The
   * team-wide key (templates, names, directory, erasure register) rotates too; the new one goes
   * to every remaining member through KeyDistribution.shareWithSupervisors.
   */
  async removeMember(memberNo: number): Promise<SyncOverview> {
    const client = this.requireClient();
    await connected(client, 15_000);
    const roster = this.requireRoster();
    if (!roster.keeper.sharingAllowed()) {
      throw new CoreError('sync_failed', 'the team roster cannot be verified right now');
    }
    if (!(await roster.remove(client, memberNo))) {
      throw new CoreError('sync_failed', 'the removal was not recorded; try again');
    }
    this.keys.rotateAfterRemoval(client, roster, memberNo);
    this.keys.shareWithSupervisors();
    client.flush();
    return this.overview();
  }

  /**
   * A supervisor publishes a checklist template version for the team: it goes into the team's
   * templates document, a scope every member may read, whose key is sealed to every member.
   */
  async publishTemplate(template: ChecklistTemplate): Promise<void> {
    const enrollment = this.team().enrollment();
    const client = this.requireClient();
    if (!enrollment || enrollment.role !== 'supervisor') {
      throw new CoreError('bad_request', 'only a supervisor publishes checklist templates');
    }
    // Refuses a version that does not follow the latest one, or a template that does not
    // validate; gives it a publication id of its own, with who and when.
    const { registry, actorId } = this.records;
    const published = newPublication(registry, template, actorId, this.records.nowIso());
    const docId = templatesDocumentId(enrollment.teamId);
    await this.teamScope.openDocument(client, enrollment, docId, TEMPLATES_KIND);
    this.records.docs.transact(docId, (doc) => addPublished(doc, published));
    client.flush();
  }

  setDataSaver(value: { enabled?: boolean; unmetered?: boolean }): SyncOverview {
    this.editTeam((team) => team.setDataSaver(value));
    this.client?.setDataSaver(this.team().dataSaver());
    return this.overview();
  }

  /** This account's display name: kept on this device, signed and sent to the team. */
  setDisplayName(name: string): SyncOverview {
    this.profiles.setOwn(name);
    const enrollment = this.team().enrollment();
    if (this.client && enrollment) {
      this.profiles.publish(this.client, enrollment, teamScopeId(enrollment));
    }
    const overview = this.overview();
    this.onChanged(overview);
    return overview;
  }

  /** "Sync now": reconnects at once (or pushes at once when connected). */
  syncNow(): SyncOverview {
    this.client?.syncNow();
    return this.overview();
  }

  /** Which of these sessions and cases have changes the relay has not acknowledged yet. */
  waiting(ids: { sessionIds?: string[]; caseIds?: string[] }): {
    sessionIds: string[];
    caseIds: string[];
  } {
    const pending = new Set(this.client?.pendingDocuments() ?? []);
    return {
      sessionIds: (ids.sessionIds ?? []).filter((id) => pending.has(sessionDocumentId(id))),
      caseIds: (ids.caseIds ?? []).filter((id) => pending.has(caseDocumentId(id))),
    };
  }

  /** A file was attached or allowed here: its chunks move now, if a connection is up. */
  moveAttachments(): void {
    this.attachments?.kick();
  }

  allowLargeTransfers(): SyncOverview {
    this.requireClient().allowLargeTransfers();
    return this.overview();
  }

  overview(): SyncOverview {
    return teamOverview(this.access, this.profiles, this.refusalCode);
  }

  /** The person has read the forks and late arrivals shown (missing changes stay while missing). */
  dismissHistory(): SyncOverview {
    this.requireClient().dismissHistoryEvents();
    return this.overview();
  }

  /** After comparing safety numbers with a member of the signed roster. */
  markVerified(memberNo: number, verified: boolean): SyncOverview {
    const member = this.roster?.keeper.member(memberNo);
    if (!member) throw new CoreError('not_found', 'no such member in the verified roster');
    this.editTeam((team) => markVerified(team, member, verified));
    // A member verified again after a key change gets what was held back.
    this.keys.shareWithSupervisors();
    const overview = this.overview();
    this.onChanged(overview);
    return overview;
  }

  /**
   * After a fork, once the supervisor has compared safety numbers with every member in person:
   * this device forgets the roster it kept and verifies the relay's log anew. If the relay still
   * shows another history than a teammate signed, the fork is seen again.
   */
  startRosterOver(): SyncOverview {
    const roster = this.requireRoster();
    if (roster.keeper.trust().state !== 'fork') {
      throw new CoreError('bad_request', 'the team roster shows no fork to resolve');
    }
    roster.startOver(this.client);
    const overview = this.overview();
    this.onChanged(overview);
    return overview;
  }

  /** Forgets the invite's secret: the joiner is never checked, so never added to the roster. */
  cancelInvite(inviteId: string): SyncOverview {
    if (!this.team().invite(inviteId)) throw new CoreError('not_found', 'no such open invite');
    this.editTeam((team) => team.forgetInvite(inviteId));
    const overview = this.overview();
    this.onChanged(overview);
    return overview;
  }

  /** The core's clock (a seam tests can set), in unix seconds as invites and the roster use. */
  private nowSeconds(): number {
    return Math.floor(this.records.now().getTime() / 1000);
  }

  private enrolled(enrollment: Enrollment): SyncOverview {
    this.editTeam((team) => team.setEnrollment(enrollment));
    this.connect(enrollment);
    return this.overview();
  }

  private connect(enrollment: Enrollment): void {
    const { store } = this.records;
    const remote = new RemoteChanges(this.records, (documentIds) => {
      // A teammate's roster head may have arrived with the profiles document.
      if (
        documentIds.includes(profilesDocumentId(enrollment.teamId)) &&
        exchangeRosterHeads(this.access, enrollment)
      ) {
        this.onChanged(this.overview());
      }
      this.onRecordsChanged(documentIds);
      this.attachments?.changed(documentIds);
    });
    const custody = new KeyCustody(store.database);
    this.custody = custody;
    const roster = new TeamRoster({
      teamId: fromHex(enrollment.teamId),
      memberNo: enrollment.memberNo,
      secrets: this.secrets,
      anchor: anchorOf(enrollment, this.secrets.signKeyPair.publicKey),
      team: () => this.team(),
      editTeam: (edit) => this.editTeam(edit),
      nowSeconds: () => this.nowSeconds(),
      log: this.log,
    });
    this.roster = roster;
    const client = createTeamClient({
      enrollment,
      access: this.access,
      roster,
      custody,
      remote,
      tendRoster: (c) => this.tendRoster(c),
      rosterChanged: (c) => this.rosterChanged(c),
      historyChanged: () => this.onChanged(this.overview()),
      problem: (problem) => {
        if (problem.code !== undefined) this.refusalCode = problem.code;
        this.log.warn({ reason: problem.reason }, 'sync problem');
      },
    });
    client.onStatus(() => {
      this.profiles.publish(client, enrollment, teamScopeId(enrollment));
      exchangeRosterHeads(this.access, enrollment);
      const upToDate = client.status().state.kind === 'up-to-date';
      if (this.directory.refresh(upToDate, { enrollment, scopeId: teamScopeId(enrollment) })) {
        this.onRecordsChanged([teamDirectoryDocumentId(enrollment.teamId)]);
      }
      this.keys.shareWithSupervisors();
      this.teamScope.keepOpen(client);
      this.onChanged(this.overview());
      this.tendRoster(client);
    });
    this.client = client;
    this.attachments?.stop();
    this.attachments = startAttachmentSync(this.records, client.chunkLink);
    this.uploadExistingOnce();
    client.start();
  }

  /** The roster moved (a member added or removed, or trust changed): act on it. */
  private rosterChanged(client: SyncClient): void {
    const enrollment = this.team().enrollment();
    if (enrollment) exchangeRosterHeads(this.access, enrollment);
    this.keys.shareWithSupervisors();
    this.teamScope.keepOpen(client);
    this.onChanged(this.overview());
    this.onRecordsChanged([]);
  }

  /** Genesis and joiners, off the status path; a failure is tried again on the next status. */
  private tendRoster(client: SyncClient): void {
    if (!isLive(client)) return;
    this.roster
      ?.tend(client)
      .then((changed) => {
        if (changed) this.rosterChanged(client);
      })
      .catch((error: unknown) => this.log.warn({ err: errorMessage(error) }, 'roster not tended'));
  }

  /** The members of the verified roster, or undefined while nothing is verified. */
  private verifiedMembers(): RosterMember[] | undefined {
    const keeper = this.roster?.keeper;
    if (!keeper || keeper.trust().state === 'waiting') return undefined;
    return keeper.verified().members();
  }

  private requireRoster(): TeamRoster {
    if (!this.roster) throw new CoreError('not_found', 'this device is not in a team yet');
    return this.roster;
  }

  /** The first time a device joins, every case it already holds goes to the team. */
  private uploadExistingOnce(): void {
    const team = this.team();
    if (team.uploadedAll() || !this.client) return;
    const { keyring, docs } = this.records;
    for (const scopeId of keyring.scopes()) {
      for (const docId of keyring.documentsOf(scopeId)) {
        this.client.enqueue(docId, Y.encodeStateAsUpdate(docs.open(docId)));
      }
    }
    this.editTeam((t) => t.markUploadedAll());
  }

  // ---- what the rest of the core gets from the team (team-services.ts) ----------------------

  forWellbeing(): TeamForWellbeing | undefined {
    return teamForWellbeing(this.access, this.profiles);
  }

  forCommunity(): TeamForCommunity | undefined {
    return teamForCommunity(this.access);
  }

  forLibrary(): TeamForLibrary {
    return teamForLibrary(this.access);
  }

  forExports(): TeamForExports {
    return teamForExports(this.access, this.teamScope);
  }

  forErasure(): TeamForErasure | undefined {
    return teamForErasure(this.access, this.teamScope);
  }

  private team(): TeamDocument {
    return new TeamDocument(this.records.docs.open(TEAM_DOCUMENT));
  }

  private editTeam(edit: (team: TeamDocument) => void): void {
    if (!this.records.store.documentKind(TEAM_DOCUMENT)) {
      this.records.store.setDocumentKind(TEAM_DOCUMENT, 'team');
    }
    this.records.docs.transact(TEAM_DOCUMENT, (doc) => edit(new TeamDocument(doc)));
  }

  private assertNotEnrolled(): void {
    if (this.team().enrollment()) throw new CoreError('exists', 'this device is already in a team');
  }

  private requireClient(): SyncClient {
    if (!this.client) throw new CoreError('not_found', 'this device is not in a team yet');
    return this.client;
  }
}
