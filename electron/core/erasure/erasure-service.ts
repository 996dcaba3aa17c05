import type * as Y from 'yjs';
import type {
  ErasureCheck,
  ErasureOutcome,
  ErasurePolicy,
  ErasureRecord,
  ErasureRefusalReason,
  ErasureRequest,
} from '../../../shared/api/erasure';
import { CoreError } from '../errors';
import { KeyCustody } from '../keys/key-custody';
import { caseDocumentId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { statusRegister } from '../review/case-status';
import { toHex } from '../../../shared/encoding/hex';
import { errorName } from '../../../shared/errors/describe';
import type { Signer } from '../review/review-crypto';
import {
  DEFAULT_RETENTION_DAYS,
  ERASURES_KIND,
  ErasureRegister,
  LOCAL_ERASURES_DOCUMENT,
  type TrustedSigner,
} from './erasure-register';
import {
  ERASURE_REQUESTS_DOCUMENT,
  ERASURE_REQUESTS_KIND,
  ErasureRequests,
} from './erasure-requests';
import { isErased, shredCase } from './shred-case';

const DAY_MS = 86_400_000;

/** What the checks say about a case, before any request to erase it is taken into account. */
type Conditions = Exclude<ErasureCheck, { state: 'waiting' }>;

/** One try at carrying out a team erasure. */
type Attempt =
  | { kind: 'erased'; record: ErasureRecord }
  /** Not now (no connection, or it dropped before the relay answered): try again later. */
  | { kind: 'waiting' }
  | { kind: 'refused'; reason: ErasureRefusalReason }
  /** Someone else's erasure got there first; or the request was cancelled meanwhile. */
  | { kind: 'settled' };

/** What erasure needs from the team sync while this device is in a team. */
export interface TeamForErasure {
  role: 'supervisor' | 'counselor';
  /** The team's register document id (it may not have arrived yet). */
  registerDocumentId: string;
  /** Makes the register writable here (team scope, key, document kind). Supervisors only. */
  prepareRegister(): Promise<void>;
  isSupervisorKey(publicKeyHex: string): boolean;
  /** Whether the relay can be reached right now (a live session). */
  live(): boolean;
  /** Whether this member is a supervisor on the relay's member list; undefined until known. */
  selfIsSupervisor(): boolean | undefined;
  /**
   * The relay drops the case's ciphertext and refuses it from now on: 'unreachable' when there
   * is no connection or it drops before the answer, 'refused' when the relay says no.
   */
  eraseOnRelay(caseId: string): Promise<'done' | 'unreachable' | 'refused'>;
  flush(): void;
}

/**
 * Erasure of closed cases after the retention period (issue "Supervision"): the checks, the
 * signed register entry, the relay's deletion and the local shredding; and, on every device of the
 * team, shredding its own copy when a supervisor's signed entry arrives (`sweep`).
 *
 * In a team an erasure asked for without a connection waits (erasure-requests.ts) and is carried
 * out by `runWaiting` when the connection comes back, after checking its conditions again.
 */
export class ErasureService {
  /** Cases being erased right now: not cancelled, not tried twice at once. */
  private readonly running = new Set<string>();
  private draining = false;

  constructor(
    private readonly ctx: RecordsContext,
    private readonly signer: () => Signer,
    private readonly team: () => TeamForErasure | undefined,
    /** Documents removed or whose erasure state changed: the screens load them again. */
    private readonly onChanged: (documentIds: string[]) => void,
  ) {}

  policy(): ErasurePolicy {
    const team = this.team();
    const policy = this.register(team?.registerDocumentId ?? LOCAL_ERASURES_DOCUMENT)?.policy();
    return {
      retentionDays: policy?.retentionDays ?? DEFAULT_RETENTION_DAYS,
      ...(policy?.setBy ? { setBy: policy.setBy, setAt: policy.setAt } : {}),
      canChange: !team || team.role === 'supervisor',
    };
  }

  async setPolicy(retentionDays: number): Promise<ErasurePolicy> {
    const team = this.team();
    if (team && team.role !== 'supervisor') {
      throw new CoreError('bad_request', 'only a supervisor sets the retention period of the team');
    }
    if (team) await team.prepareRegister();
    const docId = this.writableRegisterId(team);
    this.ctx.docs.transact(docId, (doc) =>
      this.registerOf(doc, team).setPolicy(retentionDays, this.ctx.nowIso(), this.signer()),
    );
    team?.flush();
    return this.policy();
  }

  check(caseId: string): ErasureCheck {
    const conditions = this.conditions(caseId);
    const request = this.requests()?.get(caseId);
    if (request?.state === 'waiting') return { state: 'waiting', requestedAt: request.requestedAt };
    if (request?.refusedAt && request.reason) {
      return { ...conditions, refused: { at: request.refusedAt, reason: request.reason } };
    }
    return conditions;
  }

  /** Whether a case waits to be erased: it is not edited meanwhile (RecordsContext). */
  isWaiting(caseId: string): boolean {
    return this.requests()?.isWaiting(caseId) ?? false;
  }

  private conditions(caseId: string): Conditions {
    const document = this.ctx.caseDocument(caseId);
    const meta = document.meta();
    if (!meta) throw new CoreError('not_found', 'no such case');
    const state = statusRegister(document).state();
    if (state.conflict) return { state: 'statusConflict' };
    if (meta.status !== 'closed') return { state: 'notClosed' };
    const closedAt = this.closedAt(caseId);
    const eligibleAt = new Date(
      Date.parse(closedAt) + this.policy().retentionDays * DAY_MS,
    ).toISOString();
    if (Date.parse(eligibleAt) > this.ctx.now().getTime()) {
      return { state: 'retained', closedAt, eligibleAt };
    }
    const team = this.team();
    return {
      state: 'eligible',
      closedAt,
      eligibleAt,
      canErase: !team || team.role === 'supervisor',
      needsConnection: team !== undefined,
      backupsMayHoldKey: this.keysOutsideCustody(caseId),
    };
  }

  /**
   * Erases a case: the relay first, then the signed register entry, then this device's copy. In a
   * team the request is written down before anything else, so whatever happens to the connection
   * (or the app) it is either finished later or cancelled, never left half done; without a
   * connection it waits for one.
   */
  async erase(caseId: string, confirmAlias: string): Promise<ErasureOutcome> {
    if (this.isWaiting(caseId)) {
      throw new CoreError('bad_request', 'this case already waits to be erased');
    }
    const check = this.conditions(caseId);
    if (check.state !== 'eligible') {
      throw new CoreError('bad_request', 'this case cannot be erased yet');
    }
    if (!check.canErase) {
      throw new CoreError('bad_request', 'only a supervisor erases a case of the team');
    }
    const meta = this.ctx.caseDocument(caseId).meta();
    if (!meta || meta.alias.trim() !== confirmAlias.trim()) {
      throw new CoreError('bad_request', 'the alias typed does not match this case');
    }
    const team = this.team();
    if (!team) return { outcome: 'erased', record: this.finish(caseId, undefined) };

    const requestedAt = this.ctx.nowIso();
    this.editRequests((r) => r.add(caseId, requestedAt, this.ctx.actorId));
    let attempt: Attempt;
    try {
      attempt = await this.attempt(caseId, team);
    } catch (error) {
      // Nothing reached the relay: the person sees the error and the case is as it was.
      if (!this.requests()?.get(caseId)?.relayErasedAt) this.forget(caseId);
      throw error;
    }
    switch (attempt.kind) {
      case 'erased':
        return { outcome: 'erased', record: attempt.record };
      case 'waiting':
        this.onChanged([caseDocumentId(caseId)]);
        return { outcome: 'waiting', requestedAt };
      case 'refused':
        this.forget(caseId);
        throw attempt.reason === 'relayRefused'
          ? new CoreError('sync_failed', 'the team server did not allow this erasure')
          : new CoreError('bad_request', 'this case cannot be erased now');
      case 'settled':
        throw new CoreError('not_found', 'this case was erased already');
    }
  }

  /**
   * Carries out the erasures that waited for a connection, oldest first, each in the order of an
   * online one. Called whenever the sync reaches the relay; one run at a time. A request whose
   * conditions no longer hold is refused with its reason (nothing is erased); one the connection
   * fails again waits on.
   */
  async runWaiting(): Promise<void> {
    const team = this.team();
    if (this.draining || !team?.live()) return;
    const waiting = this.requests()?.waiting() ?? [];
    if (waiting.length === 0) return;
    this.draining = true;
    const changed: string[] = [];
    try {
      for (const { caseId } of waiting) {
        if (!team.live() || !this.ctx.store.isOpen) break;
        try {
          const attempt = await this.attempt(caseId, team);
          if (!this.ctx.store.isOpen) break;
          if (attempt.kind === 'refused') {
            this.editRequests((r) => r.refuse(caseId, this.ctx.nowIso(), attempt.reason));
            changed.push(caseDocumentId(caseId));
          } else if (attempt.kind === 'settled') {
            this.forget(caseId);
          }
        } catch (error) {
          // It stays waiting and is tried again on the next connection. No content logged.
          this.ctx.log.error({ err: errorName(error) }, 'a waiting erasure failed');
        }
      }
    } finally {
      this.draining = false;
      if (changed.length > 0 && this.ctx.store.isOpen) this.onChanged(changed);
    }
  }

  /** Cancels a waiting erasure, or dismisses a refused one. The case itself was never touched. */
  cancel(caseId: string): ErasureRequest[] {
    const request = this.requests()?.get(caseId);
    if (!request) throw new CoreError('not_found', 'no erasure of this case was asked for');
    if (this.running.has(caseId) || request.relayErasedAt) {
      throw new CoreError('bad_request', 'this erasure is being carried out and cannot be stopped');
    }
    this.forget(caseId);
    this.onChanged([caseDocumentId(caseId)]);
    return this.requestList();
  }

  /** Waiting and refused requests, with each case's alias as this device knows it. */
  requestList(): ErasureRequest[] {
    const requests = this.requests()?.list() ?? [];
    if (requests.length === 0) return [];
    const aliases = new Map(
      this.ctx
        .index()
        .cases()
        .map((c) => [c.id, c.alias]),
    );
    return requests.map((r): ErasureRequest => {
      const base = {
        caseId: r.caseId,
        alias: aliases.get(r.caseId) ?? null,
        requestedAt: r.requestedAt,
      };
      return r.state === 'refused' && r.refusedAt && r.reason
        ? { ...base, state: 'refused', refusal: { at: r.refusedAt, reason: r.reason } }
        : { ...base, state: 'waiting' };
    });
  }

  /**
   * One try at a team erasure whose request is written down: the conditions checked again, the
   * register made writable, the relay's deletion; then, past the point of no return, the rest.
   */
  private async attempt(caseId: string, team: TeamForErasure): Promise<Attempt> {
    if (this.running.has(caseId)) return { kind: 'waiting' };
    this.running.add(caseId);
    try {
      const request = this.requests()?.get(caseId);
      if (!request) return { kind: 'settled' };
      if (!request.relayErasedAt) {
        const before = this.hindrance(caseId, team);
        if (before) return before;
        // Offline: written down and answered at once, not after a timeout.
        if (!team.live()) return { kind: 'waiting' };
        // The register is made writable before the relay's step (it changes nothing of the
        // case), so that once the relay has erased, the rest needs no connection.
        try {
          await team.prepareRegister();
        } catch {
          return { kind: 'waiting' };
        }
        // Sync may have brought changes while we waited: checked again right before the relay.
        const now = this.hindrance(caseId, team);
        if (now) return now;
        const relay = await team.eraseOnRelay(caseId);
        if (relay === 'unreachable') return { kind: 'waiting' };
        if (relay === 'refused') return { kind: 'refused', reason: 'relayRefused' };
        // Locked meanwhile: the relay's step is idempotent, so the next connection repeats it.
        if (!this.ctx.store.isOpen) return { kind: 'waiting' };
        this.editRequests((r) => r.markRelayErased(caseId, this.ctx.nowIso()));
      }
      // Shredded meanwhile by another supervisor's entry: nothing is left to do here.
      if (!this.ctx.store.documentKind(caseDocumentId(caseId))) return { kind: 'settled' };
      return { kind: 'erased', record: this.finish(caseId, team) };
    } finally {
      this.running.delete(caseId);
    }
  }

  /** What stands in the way of erasing a case now, if anything. */
  private hindrance(caseId: string, team: TeamForErasure): Attempt | undefined {
    if (isErased(this.ctx, caseId)) return { kind: 'settled' };
    if (!this.ctx.store.documentKind(caseDocumentId(caseId))) {
      return { kind: 'refused', reason: 'gone' };
    }
    const check = this.conditions(caseId);
    const refused = (reason: ErasureRefusalReason): Attempt => ({ kind: 'refused', reason });
    if (check.state === 'notClosed') return refused('reopened');
    if (check.state === 'statusConflict') return refused('statusConflict');
    if (check.state === 'retained') return refused('retained');
    if (!check.canErase) return refused('notSupervisor');
    const supervisor = team.selfIsSupervisor();
    if (supervisor === false) return refused('notSupervisor');
    // The relay's member list has not arrived: judged on the next try.
    if (supervisor === undefined) return { kind: 'waiting' };
    return undefined;
  }

  /** The local part: the signed register entry (sent by the outbox), then the shredding. */
  private finish(caseId: string, team: TeamForErasure | undefined): ErasureRecord {
    const meta = this.ctx.caseDocument(caseId).meta();
    if (!meta) throw new CoreError('not_found', 'no such case');
    const closedAt = this.closedAt(caseId);
    const docId = this.writableRegisterId(team);
    let record: ErasureRecord | undefined;
    this.ctx.docs.transact(docId, (doc) => {
      record = this.registerOf(doc, team).record(
        {
          caseId,
          openedOn: meta.createdAt.slice(0, 10),
          closedAt,
          erasedAt: this.ctx.nowIso(),
        },
        this.signer(),
      );
    });
    team?.flush();
    const removed = shredCase(this.ctx, caseId, this.ctx.clock.now());
    this.forget(caseId);
    this.onChanged(removed);
    if (!record) throw new Error('unreachable: the register entry was just written');
    return record;
  }

  /** When the case was closed; a case closed before the status was a register: from now. */
  private closedAt(caseId: string): string {
    const state = statusRegister(this.ctx.caseDocument(caseId)).state();
    return state.values.find((v) => v.value === 'closed')?.at ?? this.ctx.nowIso();
  }

  /** Every erased case this device knows of: the team's register and its own. */
  list(): ErasureRecord[] {
    const team = this.team();
    const ids = team
      ? [team.registerDocumentId, LOCAL_ERASURES_DOCUMENT]
      : [LOCAL_ERASURES_DOCUMENT];
    return ids
      .flatMap((id) => this.register(id)?.list() ?? [])
      .map((r) => {
        const refusedHere = isErased(this.ctx, r.caseId) ? undefined : this.refusalHere(r.caseId);
        return refusedHere ? { ...r, refusedHere } : r;
      })
      .sort((a, b) => b.erasedAt.localeCompare(a.erasedAt));
  }

  /**
   * Shreds every case a supervisor's signed entry says was erased and this device still holds,
   * and remembers the rest as erased so they are never stored. Returns the documents removed.
   */
  sweep(): string[] {
    const team = this.team();
    if (!team) return [];
    const register = this.register(team.registerDocumentId);
    if (!register) return [];
    const removed: string[] = [];
    for (const caseId of register.verifiedCaseIds()) {
      if (isErased(this.ctx, caseId)) continue;
      // Our own copy decides too: a case open here, or still within its retention, is kept.
      if (this.refusalHere(caseId)) continue;
      removed.push(...shredCase(this.ctx, caseId, this.ctx.clock.now()));
      // Another supervisor erased it first: a request of ours has nothing left to do.
      if (!this.running.has(caseId) && this.requests()?.get(caseId)) this.forget(caseId);
    }
    if (removed.length > 0) this.onChanged(removed);
    return removed;
  }

  /**
   * Why this device will not shred a case a supervisor's entry says was erased: its own copy
   * shows the case open, within its retention period, or with its status in conflict. Undefined
   * when it may (or when this device does not hold the case).
   */
  private refusalHere(caseId: string): ErasureRecord['refusedHere'] {
    if (!this.ctx.caseDocument(caseId).meta()) return undefined;
    const state = this.conditions(caseId).state;
    if (state === 'notClosed') return 'open';
    if (state === 'retained' || state === 'statusConflict') return state;
    return undefined;
  }

  private requests(): ErasureRequests | undefined {
    if (!this.ctx.store.documentKind(ERASURE_REQUESTS_DOCUMENT)) return undefined;
    return new ErasureRequests(this.ctx.docs.open(ERASURE_REQUESTS_DOCUMENT));
  }

  private editRequests(edit: (requests: ErasureRequests) => void): void {
    if (!this.ctx.store.documentKind(ERASURE_REQUESTS_DOCUMENT)) {
      this.ctx.store.setDocumentKind(ERASURE_REQUESTS_DOCUMENT, ERASURE_REQUESTS_KIND);
    }
    this.ctx.docs.transact(ERASURE_REQUESTS_DOCUMENT, (doc) => edit(new ErasureRequests(doc)));
  }

  private forget(caseId: string): void {
    if (this.requests()?.get(caseId)) this.editRequests((r) => r.remove(caseId));
  }

  private register(docId: string): ErasureRegister | undefined {
    if (!this.ctx.store.documentKind(docId)) return undefined;
    const team = docId === LOCAL_ERASURES_DOCUMENT ? undefined : this.team();
    return this.registerOf(this.ctx.docs.open(docId), team);
  }

  private registerOf(doc: Y.Doc, team: TeamForErasure | undefined): ErasureRegister {
    const me = toHex(this.signer().publicKey);
    const trusted: TrustedSigner = team ? (key) => team.isSupervisorKey(key) : (key) => key === me;
    return new ErasureRegister(doc, trusted);
  }

  private writableRegisterId(team: TeamForErasure | undefined): string {
    if (team) return team.registerDocumentId;
    if (!this.ctx.store.documentKind(LOCAL_ERASURES_DOCUMENT)) {
      this.ctx.store.setDocumentKind(LOCAL_ERASURES_DOCUMENT, ERASURES_KIND);
    }
    return LOCAL_ERASURES_DOCUMENT;
  }

  private keysOutsideCustody(caseId: string): boolean {
    return new KeyCustody(this.ctx.store.database).notInCustody(caseId).length > 0;
  }
}
