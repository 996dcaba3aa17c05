import * as Y from 'yjs';
import type { SyncOverview, SyncState as ApiSyncState, TeamRole } from '../../../shared/api/sync';
import type { ChecklistTemplate } from '../../../shared/domain';
import { CoreError } from '../errors';
import type { Logger } from '../log';
import {
  caseDocumentId,
  sessionDocumentId,
  teamDirectoryDocumentId,
} from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { RemoteChanges } from '../records/remote-changes';
import {
  addPublished,
  newPublication,
  TEMPLATES_KIND,
  templatesDocumentId,
} from '../records/team-templates';
import { recordAudit } from '../review';
import { createTeam, joinTeam, RelayRefusal, SyncClient, type SyncState } from '../sync';
import { ErrorCode as RelayErrorCode } from '../../../shared/sync';
import type { AccountSecrets } from '../vault';
import { actorIdOf } from '../keys/actor-id';
import { KeyCustody } from '../keys/key-custody';
import { escrowKeys, heldWriteKey, keyReceiver } from './key-escrow';
import { ERASURES_KIND, isErased, teamErasuresDocumentId, type TeamForErasure } from '../erasure';
import { MemberProfiles, PROFILES_KIND, profilesDocumentId } from './member-profiles';
import { TeamDirectory } from './team-directory';
import { TEAM_DOCUMENT, TeamDocument, type Enrollment } from './team-document';
import { TeamRoster } from './team-roster';
import { planKeyShares } from './key-sharing';
import { carryGroupsOnHandover } from './group-handover';
import { isRecordScope } from '../records/group-scope';
import { headIsNew, readRosterHeads, signRosterHead, writeRosterHead } from './roster-heads';
import { InviteCodeError } from '../../../shared/sync/invite-code';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { historyView } from './history-view';
import { joiningMembers, markVerified, memberViews, verificationOf } from './member-trust';
import type { RosterMember } from '../../../shared/sync/roster';
import { teamKnowledge } from './team-knowledge';
import { errorMessage } from '../../../shared/errors/describe';
import type { TeamForWellbeing } from '../wellbeing';
import type { TeamForExports } from '../exports/export-service';
import type { TeamForLibrary } from '../library';
import { COMMUNITY_KIND, teamCommunityDocumentId, type TeamForCommunity } from '../community';
import { startAttachmentSync } from '../attachments/team-attachments';

/**
 * The bridge between the notebook and the sync client: enrolment (create or join a team), the
 * outbox fed from local changes, incoming updates applied and indexed, case keys shared with the
 * team's supervisors, and the status the Sync screen shows. Writing never waits for any of it.
 */
export class TeamSync {
  private client: SyncClient | undefined;
  /** Attachment chunks on the client's connection (electron/core/attachments). */
  private attachments: ReturnType<typeof startAttachmentSync> | undefined;
  private sharing = false;
  private teamScopeSize = 0;
  /** The relay's last refusal of a pushed change (QuotaExceeded, TooManyScopes), while any waits. */
  private refusalCode: number | undefined;
  private custody: KeyCustody | undefined;
  private roster: TeamRoster | undefined;
  private readonly profiles: MemberProfiles;
  private readonly directory: TeamDirectory;

  constructor(
    private readonly records: RecordsContext,
    private readonly secrets: AccountSecrets,
    private readonly log: Logger,
    private readonly onChanged: (overview: SyncOverview) => void,
    private readonly onRecordsChanged: (documentIds: string[]) => void,
  ) {
    this.profiles = new MemberProfiles(records, secrets.signKeyPair);
    this.directory = new TeamDirectory(records);
  }

  start(): void {
    this.records.directory = () => {
      const enrollment = this.team().enrollment();
      return this.directory.place(enrollment && { enrollment, scopeId: teamScopeId(enrollment) });
    };
    this.records.teamKnowledge = () =>
      teamKnowledge(
        this.secrets.signKeyPair.publicKey,
        this.team().enrollment(),
        this.verifiedMembers(),
      );
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
    const created = await createTeam({ url: serverUrl, secrets: this.secrets });
    return this.enrolled({
      serverUrl,
      teamId: toHex(created.teamId),
      memberNo: created.memberNo,
      role: created.role,
      // The founder trusts its own genesis; everyone else trusts through it.
      anchor: toHex(this.secrets.signKeyPair.publicKey),
    });
  }

  async join(code: string): Promise<SyncOverview> {
    this.assertNotEnrolled();
    let joined: Awaited<ReturnType<typeof joinTeam>>;
    try {
      joined = await joinTeam({ code, secrets: this.secrets });
    } catch (error) {
      // A code that cannot be read says why (incomplete, mistyped), in the person's language.
      if (error instanceof InviteCodeError) throw new CoreError('invite_code', error.problem);
      throw new CoreError('sync_failed', `could not join: ${errorMessage(error)}`);
    }
    if (!joined.inviterPresent) {
      throw new CoreError('sync_failed', 'the supervisor who invited you is not in this team');
    }
    return this.enrolled({
      serverUrl: joined.serverUrl,
      teamId: toHex(joined.teamId),
      memberNo: joined.memberNo,
      role: joined.role,
      // Our trust in the roster hangs on the supervisor whose key is in the code we were handed.
      anchor: toHex(joined.inviterSignPk),
    });
  }

  async invite(role: TeamRole): Promise<string> {
    const client = this.requireClient();
    await connected(client, 15_000);
    const ttlSeconds = 7 * 24 * 3600;
    const { code, inviteId, secret } = await client.createInvite(role, ttlSeconds);
    this.requireRoster().rememberInvite(inviteId, secret, role, this.nowSeconds() + ttlSeconds);
    return code;
  }

  /**
   * Hands a case to another counselor (its owner, or a supervisor when the counselor cannot): a new content key for what is
   * written next, the case opened to the new counselor on the relay, every key of its history
   * sealed to them so they can read what came before, the supervisors given the new key, and a
   * signed entry in the case's audit trail.
   */
  async handOver(caseId: string, toMemberNo: number): Promise<void> {
    // Before anything reaches the relay: a case waiting to be erased is not handed over.
    this.records.assertCaseEditable(caseId);
    const client = this.requireClient();
    await connected(client, 15_000);
    const target = this.verifiedMembers()?.find((m) => m.memberNo === toMemberNo && !m.removed);
    if (!target || target.role !== 'counselor') {
      throw new CoreError('not_found', 'no such counselor in the team');
    }
    const { keyring } = this.records;
    const meta = this.records.caseDocument(caseId).meta();
    if (!meta || !keyring.scopeOf(caseDocumentId(caseId))) {
      throw new CoreError('not_found', 'no such case on this device');
    }
    try {
      await client.setScopeMembers(caseId, [toMemberNo], true);
    } catch {
      throw new CoreError(
        'sync_failed',
        'only the counselor who started a case, or a supervisor, can hand it over',
      );
    }
    keyring.rotate(caseId);
    for (const keyId of keyring.keyIdsOf(caseId)) {
      const envelope = keyring.envelopeKeyOf(caseId, keyId);
      if (envelope) client.shareKey(envelope, toMemberNo);
    }
    this.shareKeysWithSupervisors();
    await carryGroupsOnHandover(this.records, client, caseId, toMemberNo);
    this.records.editCase(caseId, (c) =>
      c.setMeta({ ...meta, counselorId: actorIdOf(target.signPk) }),
    );
    recordAudit(this.records, this.secrets.signKeyPair, { caseId, kind: 'handedOver' });
    client.flush();
  }

  /**
   * A supervisor removes a member: the relay refuses them from now on, and every case key this
   * device holds is rotated, so what is written next is sealed under keys they never had. The
   * team-wide key (templates, names, directory, erasure register) rotates too; the new one goes
   * to every remaining member through shareKeysWithSupervisors.
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
    const { keyring, store } = this.records;
    const enrollment = this.team().enrollment();
    const teamScope = enrollment && teamScopeId(enrollment);
    if (teamScope && keyring.keyIdsOf(teamScope).length > 0) keyring.rotate(teamScope);
    const scopes = new Map(client.scopes().map((s) => [s.scopeId, s]));
    for (const scopeId of keyring.scopes()) {
      if (!isRecordScope(store, scopeId)) continue;
      const envelope = keyring.envelopeKeyOf(scopeId, keyring.rotate(scopeId));
      const scope = scopes.get(scopeId);
      const readers = new Set([...(scope ? [scope.owner, ...scope.members] : [])]);
      const me = toHex(this.secrets.signKeyPair.publicKey);
      for (const m of roster.keeper.verified().current()) {
        if (m.memberNo === memberNo || toHex(m.signPk) === me) continue;
        if (readers.has(m.memberNo) && envelope) client.shareKey(envelope, m.memberNo);
      }
    }
    this.shareKeysWithSupervisors();
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
    await this.openTeamDocument(client, enrollment, docId, TEMPLATES_KIND);
    this.records.docs.transact(docId, (doc) => addPublished(doc, published));
    client.flush();
  }

  /**
   * A supervisor makes a document of the team-wide scope writable here: the scope (minted if
   * this device has no key for it), the document filed under it, the scope opened to every
   * member and its key sealed to them.
   */
  private async openTeamDocument(
    client: SyncClient,
    enrollment: Enrollment,
    docId: string,
    kind: string,
  ): Promise<void> {
    await connected(client, 15_000);
    const { keyring, store } = this.records;
    const scopeId = teamScopeId(enrollment);
    if (!keyring.scopeOf(docId)) {
      if (keyring.keyIdsOf(scopeId).length === 0) keyring.createScope(scopeId);
      keyring.assignDocument(docId, scopeId);
    }
    if (!store.documentKind(docId)) store.setDocumentKind(docId, kind);
    await this.openTeamScope(client, scopeId);
    this.shareKeysWithSupervisors();
  }

  /** The team scope lists every current member, so counselors fetch the templates too. */
  private async openTeamScope(client: SyncClient, scopeId: string): Promise<void> {
    const members = (this.roster?.keeper.verified().current() ?? []).map((m) => m.memberNo);
    await client.setScopeMembers(scopeId, members, true);
    this.teamScopeSize = members.length;
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

  allowLargeTransfers(): SyncOverview {
    this.requireClient().allowLargeTransfers();
    return this.overview();
  }

  overview(): SyncOverview {
    const team = this.team();
    const enrollment = team.enrollment();
    const status = this.client?.status();
    const me = toHex(this.secrets.signKeyPair.publicKey);
    const verified = this.verifiedMembers() ?? [];
    const names = this.profiles.names(enrollment, verified);
    return {
      state: enrollment
        ? toApiState(status?.state ?? { kind: 'offline' })
        : { kind: 'notEnrolled' },
      ...(enrollment
        ? { serverUrl: enrollment.serverUrl, role: enrollment.role, memberNo: enrollment.memberNo }
        : {}),
      pending: status?.pending ?? 0,
      pendingRecords: status?.pendingDocuments ?? 0,
      ...(status && status.refused > 0
        ? { refused: { count: status.refused, reason: refusedReason(this.refusalCode) } }
        : {}),
      quarantined: status?.quarantined ?? 0,
      lastSyncedAt: status?.lastSyncedAt ?? null,
      bytesSent: status?.bytesSent ?? 0,
      bytesReceived: status?.bytesReceived ?? 0,
      deferredBytes: status?.deferredBytes ?? 0,
      dataSaver: team.dataSaver(),
      trust: this.roster?.keeper.trust() ?? { state: 'waiting' },
      history: historyView(this.client?.history()),
      members: memberViews(team, verified, this.ownKeys(), names),
      joining: joiningMembers(this.client?.members() ?? [], verified),
      invites: team
        .invites()
        .filter((i) => i.tampered === true || i.expiresAt > this.nowSeconds())
        .map((i) => ({
          inviteId: i.inviteId,
          role: i.role,
          expiresAt: i.expiresAt,
          tampered: i.tampered === true,
        })),
      self: { actorId: this.records.actorId, displayName: names.get(me) },
    };
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
    this.shareKeysWithSupervisors();
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

  private ownKeys(): { signPk: Uint8Array; boxPk: Uint8Array } {
    return {
      signPk: this.secrets.signKeyPair.publicKey,
      boxPk: this.secrets.boxKeyPair.publicKey,
    };
  }

  private enrolled(enrollment: Enrollment): SyncOverview {
    this.editTeam((team) => team.setEnrollment(enrollment));
    this.connect(enrollment);
    return this.overview();
  }

  private connect(enrollment: Enrollment): void {
    const { keyring, docs, store } = this.records;
    const remote = new RemoteChanges(this.records, (documentIds) => {
      // A teammate's roster head may have arrived with the profiles document.
      if (
        documentIds.includes(profilesDocumentId(enrollment.teamId)) &&
        this.compareHeads(enrollment)
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
    const client: SyncClient = new SyncClient({
      url: enrollment.serverUrl,
      trusted: { member: (memberNo) => roster.keeper.member(memberNo) },
      rosterLength: () => roster.keeper.heldLength(),
      onRoster: (frame) => {
        const changed = roster.receive(frame);
        // The founder's genesis waits for the relay's first answer; joiners for theirs.
        this.tendRoster(client);
        if (!changed) return;
        // Entries set aside for an author we could not verify yet may be readable now.
        client.retryQuarantine();
        this.rosterChanged(client);
      },
      teamId: fromHex(enrollment.teamId),
      secrets: this.secrets,
      db: store.database,
      localKeys: keyring,
      keys: {
        currentKey: (docId) => heldWriteKey(keyring, docId),
        keyById: (docId, keyId, scopeId) =>
          // A document this device keeps for itself (its index, its settings) never moves into a
          // shared scope, whoever names it there (issue #10).
          store.documentKind(docId) !== undefined && !keyring.scopeOf(docId)
            ? undefined
            : keyring.keyForIncoming(docId, keyId, scopeId),
        scopeOf: (docId) => keyring.scopeOf(docId),
      },
      sink: (docId, update, { author, snapshot }) => {
        // The signer, as the verified roster knows them: what the records may hold them to.
        const signPk = this.roster?.keeper.member(author)?.signPk;
        remote.receive(docId, update, {
          ...(signPk ? { actorId: actorIdOf(signPk) } : {}),
          snapshot,
        });
      },
      onKey: keyReceiver(this.records, custody, remote),
      onKeyEscrowed: (scopeId, keyId) => custody.record(scopeId, keyId),
      onHistory: () => this.onChanged(this.overview()),
      onProblem: (problem) => {
        if (problem.code !== undefined) this.refusalCode = problem.code;
        this.log.warn({ reason: problem.reason }, 'sync problem');
      },
      isErased: (scopeId) => isErased(this.records, scopeId),
      snapshotOf: (docId) =>
        store.documentKind(docId) ? Y.encodeStateAsUpdate(docs.open(docId)) : undefined,
      dataSaver: this.team().dataSaver(),
    });
    client.onStatus(() => {
      this.profiles.publish(client, enrollment, teamScopeId(enrollment));
      this.compareHeads(enrollment);
      const upToDate = client.status().state.kind === 'up-to-date';
      if (this.directory.refresh(upToDate, { enrollment, scopeId: teamScopeId(enrollment) })) {
        this.onRecordsChanged([teamDirectoryDocumentId(enrollment.teamId)]);
      }
      this.shareKeysWithSupervisors();
      this.keepTeamScopeOpen(client);
      this.onChanged(this.overview());
      this.tendRoster(client);
    });
    this.client = client;
    this.attachments?.stop();
    this.attachments = startAttachmentSync(this.records, client.chunkLink);
    this.uploadExistingOnce();
    client.start();
  }

  /**
   * Publishes this device's roster head in the team's profiles document and compares teammates'
   * heads with its own (roster-heads.ts): a different hash is a fork, a longer head a relay that
   * withholds. Returns whether the trust state changed.
   */
  private compareHeads(enrollment: Enrollment): boolean {
    const keeper = this.roster?.keeper;
    const docId = profilesDocumentId(enrollment.teamId);
    const { keyring, docs, store } = this.records;
    const scopeId = teamScopeId(enrollment);
    if (!keeper || keeper.trust().state === 'waiting') return false;
    // The heads travel in the profiles document, once this device holds the team-wide key.
    if (keyring.keyIdsOf(scopeId).length === 0) return false;
    if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
    if (!store.documentKind(docId)) store.setDocumentKind(docId, PROFILES_KIND);
    const teamId = fromHex(enrollment.teamId);
    const roster = keeper.verified();
    if (keeper.sharingAllowed() && roster.length > 0) {
      const own = signRosterHead(this.secrets.signKeyPair, teamId, roster.length, roster.head);
      if (headIsNew(docs.open(docId), own)) {
        docs.transact(docId, (doc) => writeRosterHead(doc, own));
        this.client?.flush();
      }
    }
    const me = toHex(this.secrets.signKeyPair.publicKey);
    let changed = false;
    for (const head of readRosterHeads(docs.open(docId), teamId)) {
      const member = head.signPk === me ? undefined : roster.memberBySignPk(fromHex(head.signPk));
      if (!member || member.removed) continue;
      if (keeper.peerHead(head.length, fromHex(head.head))) changed = true;
    }
    return changed;
  }

  /** The roster moved (a member added or removed, or trust changed): act on it. */
  private rosterChanged(client: SyncClient): void {
    const enrollment = this.team().enrollment();
    if (enrollment) this.compareHeads(enrollment);
    this.shareKeysWithSupervisors();
    this.keepTeamScopeOpen(client);
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

  /** A supervisor holding the team scope widens it when members join. */
  private keepTeamScopeOpen(client: SyncClient): void {
    const enrollment = this.team().enrollment();
    if (enrollment?.role !== 'supervisor') return;
    const scopeId = teamScopeId(enrollment);
    if (this.records.keyring.keyIdsOf(scopeId).length === 0) return;
    const current = this.roster?.keeper.verified().current().length ?? 0;
    if (current === this.teamScopeSize) return;
    this.teamScopeSize = current;
    this.openTeamScope(client, scopeId).catch((error: unknown) =>
      this.log.warn({ err: errorMessage(error) }, 'team scope not widened'),
    );
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

  /**
   * Every case key this device holds is sealed to each supervisor once (per key id): the server
   * lets supervisors fetch a counselor's cases, and the key lets them read what they fetch.
   * Supervisors' keys are the ones the relay lists; their fingerprints are on the Sync screen.
   */
  private shareKeysWithSupervisors(): void {
    const client = this.client;
    const keeper = this.roster?.keeper;
    if (!client || !keeper || this.sharing) return;
    const team = this.team();
    const enrollment = team.enrollment();
    const teamScope = enrollment ? teamScopeId(enrollment) : undefined;
    const { keyring, store } = this.records;
    const todo = planKeyShares({
      members: keeper.sharingAllowed() ? keeper.verified().current() : undefined,
      self: this.secrets.signKeyPair.publicKey,
      role: enrollment?.role,
      teamScope,
      scopes: keyring.scopes().map((scopeId) => ({
        scopeId,
        keyId: keyring.currentKeyOf(scopeId).keyId,
        // A group session's key travels as a case's does (records/group-scope.ts).
        isCase: isRecordScope(store, scopeId),
      })),
      keyChanged: (m) => verificationOf(team, m).keyChanged,
      alreadyShared: (x) => team.keyShared(x.scopeId, x.keyId, x.memberNo),
    });
    if (!keeper.sharingAllowed()) return;
    this.sharing = true;
    try {
      for (const { scopeId, keyId, memberNo } of todo) {
        const envelope = keyring.envelopeKeyOf(scopeId, keyId);
        if (envelope) client.shareKey(envelope, memberNo);
      }
      // Every key is also sealed to this device itself, so backups can leave it out.
      const self = keeper.verified().memberBySignPk(this.secrets.signKeyPair.publicKey);
      const own = { selfNo: self?.removed ? undefined : self?.memberNo, teamScope };
      const sent = (scope: string, key: string, m: number): boolean =>
        team.keyShared(scope, key, m);
      if (this.custody) todo.push(...escrowKeys(client, this.records, this.custody, own, sent));
      if (todo.length > 0) {
        this.editTeam((t) => todo.forEach((x) => t.markKeyShared(x.scopeId, x.keyId, x.memberNo)));
      }
    } finally {
      this.sharing = false;
    }
  }

  /**
   * What sharing a wellbeing summary needs (electron/core/wellbeing); undefined when alone. The
   * summaries travel in the team's profiles document, once this device holds the team-wide key.
   */
  forWellbeing(): TeamForWellbeing | undefined {
    const enrollment = this.team().enrollment();
    if (!enrollment) return undefined;
    const scopeId = teamScopeId(enrollment);
    const docId = profilesDocumentId(enrollment.teamId);
    const { keyring, store } = this.records;
    return {
      prepare: () => {
        if (keyring.keyIdsOf(scopeId).length === 0) return undefined;
        if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
        if (!store.documentKind(docId)) store.setDocumentKind(docId, PROFILES_KIND);
        return docId;
      },
      signer: this.secrets.signKeyPair,
      members: () => {
        const current = (this.verifiedMembers() ?? []).filter((m) => !m.removed);
        const names = this.profiles.names(enrollment, current);
        return current.map((m) => {
          const signPk = toHex(m.signPk);
          const displayName = names.get(signPk);
          return { signPk, ...(displayName ? { displayName } : {}) };
        });
      },
      flush: () => this.client?.flush(),
    };
  }

  /**
   * What community work needs (electron/core/community); undefined when alone. Its document is in
   * the team-wide scope, like the directory; entries count when signed by a member of the
   * verified roster (removed ones too: the work they did still happened).
   */
  forCommunity(): TeamForCommunity | undefined {
    const enrollment = this.team().enrollment();
    if (!enrollment) return undefined;
    const scopeId = teamScopeId(enrollment);
    const docId = teamCommunityDocumentId(enrollment.teamId);
    const { keyring, store } = this.records;
    return {
      prepare: () => {
        if (keyring.keyIdsOf(scopeId).length === 0) return undefined;
        if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
        if (!store.documentKind(docId)) store.setDocumentKind(docId, COMMUNITY_KIND);
        return docId;
      },
      signers: () => (this.verifiedMembers() ?? []).map((m) => toHex(m.signPk)),
      flush: () => this.client?.flush(),
    };
  }

  /**
   * What the psychoeducation library needs (electron/core/library): this account's signer, and
   * once enrolled the team-wide scope and who its current supervisors are. Only the verified
   * roster says who curates: the relay's list, or a member's word in the document, counts for
   * nothing.
   */
  forLibrary(): TeamForLibrary {
    const enrollment = this.team().enrollment();
    const signer = this.secrets.signKeyPair;
    if (!enrollment) return { signer };
    return {
      signer,
      team: {
        teamId: enrollment.teamId,
        scopeId: teamScopeId(enrollment),
        isSupervisorKey: (key) =>
          this.roster?.keeper.sharingAllowed() === true &&
          this.roster.keeper.verified().isCurrentSupervisor(fromHex(key)),
        flush: () => this.client?.flush(),
      },
    };
  }

  /**
   * What exports need (electron/core/exports): the role, and for a supervisor the team's
   * templates document to write the letterhead into, opened as a template is published.
   */
  forExports(): TeamForExports {
    const enrollment = this.team().enrollment();
    return {
      role: enrollment?.role,
      editTeamSettings: async (edit) => {
        if (!enrollment || enrollment.role !== 'supervisor') {
          throw new CoreError('export_refused', 'supervisor_only');
        }
        const client = this.requireClient();
        const docId = templatesDocumentId(enrollment.teamId);
        await this.openTeamDocument(client, enrollment, docId, TEMPLATES_KIND);
        this.records.docs.transact(docId, edit);
        client.flush();
      },
    };
  }

  /** What erasure needs while in a team (electron/core/erasure); undefined when working alone. */
  forErasure(): TeamForErasure | undefined {
    const enrollment = this.team().enrollment();
    if (!enrollment) return undefined;
    const docId = teamErasuresDocumentId(enrollment.teamId);
    return {
      role: enrollment.role,
      registerDocumentId: docId,
      prepareRegister: () =>
        this.openTeamDocument(this.requireClient(), enrollment, docId, ERASURES_KIND),
      // Only a current supervisor of the verified roster: a removed or invented one erases nothing.
      isSupervisorKey: (key) =>
        this.roster?.keeper.sharingAllowed() === true &&
        this.roster.keeper.verified().isCurrentSupervisor(fromHex(key)),
      live: () => this.client !== undefined && isLive(this.client),
      selfIsSupervisor: () => {
        const members = this.verifiedMembers();
        if (!members) return undefined;
        const me = toHex(this.secrets.signKeyPair.publicKey);
        const self = members.find((m) => toHex(m.signPk) === me);
        return self !== undefined && !self.removed && self.role === 'supervisor';
      },
      // Never waits for a connection: without one the erasure is kept and tried again later.
      eraseOnRelay: async (caseId) => {
        const client = this.client;
        if (!client || !isLive(client)) return 'unreachable';
        try {
          await client.eraseScope(caseId);
          return 'done';
        } catch (error) {
          return erasureRefused(error) ? 'refused' : 'unreachable';
        }
      },
      flush: () => this.client?.flush(),
    };
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

/** Resolves once the client has a live session with the relay (an invite needs one). */
function connected(client: SyncClient, timeoutMs: number): Promise<void> {
  const live = (): boolean => isLive(client);
  if (live()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new CoreError('sync_failed', 'the sync server cannot be reached right now'));
    }, timeoutMs);
    const stop = client.onStatus(() => {
      if (!live()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

function isLive(client: SyncClient): boolean {
  return ['up-to-date', 'syncing'].includes(client.status().state.kind);
}

/**
 * The relay answered the erasure with Forbidden. Any other failure (the connection closed, a busy
 * relay) means: try again later.
 */
export function erasureRefused(error: unknown): boolean {
  return error instanceof RelayRefusal && error.code === RelayErrorCode.Forbidden;
}

/**
 * Whose key anchors this device's trust in the roster. Enrolments from before the signed roster
 * have none: the founder (member 1, a supervisor) anchors on itself; any other device waits,
 * trusting nothing, until it joins again.
 */
function anchorOf(enrollment: Enrollment, ownSignPk: Uint8Array): Uint8Array {
  if (enrollment.anchor) return fromHex(enrollment.anchor);
  if (enrollment.memberNo === 1 && enrollment.role === 'supervisor') return ownSignPk;
  return new Uint8Array(32);
}

/** The scope every member of the team may read: the published templates live in it. */
function teamScopeId(enrollment: Enrollment): string {
  return `team-${enrollment.teamId}`;
}

type SyncProblemKind = NonNullable<Extract<ApiSyncState, { kind: 'error' }>['problem']>;

const PROBLEMS = new Map<number, Exclude<SyncProblemKind, 'other'>>([
  [RelayErrorCode.NotMember, 'notMember'],
  [RelayErrorCode.AuthFailed, 'authFailed'],
  [RelayErrorCode.Version, 'version'],
  [RelayErrorCode.RateLimited, 'rateLimited'],
]);

function problemOf(code: number | undefined): SyncProblemKind {
  return (code !== undefined && PROBLEMS.get(code)) || 'other';
}

function refusedReason(code: number | undefined): 'quotaExceeded' | 'tooManyScopes' | 'other' {
  if (code === RelayErrorCode.QuotaExceeded) return 'quotaExceeded';
  if (code === RelayErrorCode.TooManyScopes) return 'tooManyScopes';
  return 'other';
}

function toApiState(state: SyncState): ApiSyncState {
  switch (state.kind) {
    case 'offline':
      return {
        kind: 'offline',
        ...(state.cause !== undefined ? { cause: state.cause } : {}),
        ...(state.detail !== undefined ? { detail: state.detail } : {}),
        ...(state.retryAt !== undefined ? { retryAt: state.retryAt } : {}),
      };
    case 'up-to-date':
      return { kind: 'upToDate' };
    case 'syncing':
      return { kind: 'syncing', done: state.done, total: state.total };
    case 'error':
      return {
        kind: 'error',
        reason: state.reason,
        problem: problemOf(state.code),
        ...(state.retryAt !== undefined ? { retryAt: state.retryAt } : {}),
      };
    default:
      return { kind: state.kind };
  }
}
