import type * as Y from 'yjs';
import type { ErasureCheck, ErasurePolicy, ErasureRecord } from '../../../shared/api/erasure';
import { CoreError } from '../errors';
import { KeyCustody } from '../keys/key-custody';
import type { RecordsContext } from '../records/records-context';
import { statusRegister } from '../review/case-status';
import { toHex, type Signer } from '../review/review-crypto';
import {
  DEFAULT_RETENTION_DAYS,
  ERASURES_KIND,
  ErasureRegister,
  LOCAL_ERASURES_DOCUMENT,
  type TrustedSigner,
} from './erasure-register';
import { isErased, shredCase } from './shred-case';

const DAY_MS = 86_400_000;

/** What erasure needs from the team sync while this device is in a team. */
export interface TeamForErasure {
  role: 'supervisor' | 'counselor';
  /** The team's register document id (it may not have arrived yet). */
  registerDocumentId: string;
  /** Makes the register writable here (team scope, key, document kind). Supervisors only. */
  prepareRegister(): Promise<void>;
  isSupervisorKey(publicKeyHex: string): boolean;
  /** The relay drops the case's ciphertext and refuses it from now on. Needs a connection. */
  eraseOnRelay(caseId: string): Promise<void>;
  flush(): void;
}

/**
 * Erasure of closed cases after the retention period (issue "Supervision"): the checks, the
 * signed register entry, the relay's deletion and the local shredding; and, on every device of the
 * team, shredding its own copy when a supervisor's signed entry arrives (`sweep`).
 */
export class ErasureService {
  constructor(
    private readonly ctx: RecordsContext,
    private readonly signer: () => Signer,
    private readonly team: () => TeamForErasure | undefined,
    private readonly onErased: (documentIds: string[]) => void,
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
    const document = this.ctx.caseDocument(caseId);
    const meta = document.meta();
    if (!meta) throw new CoreError('not_found', 'no such case');
    const state = statusRegister(document).state();
    if (state.conflict) return { state: 'statusConflict' };
    if (meta.status !== 'closed') return { state: 'notClosed' };
    const closed = state.values.find((v) => v.value === 'closed');
    // A case closed before the status was a register: its retention runs from now, not earlier.
    const closedAt = closed?.at ?? this.ctx.nowIso();
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
   * Erases a case: the relay first (if the team cannot be reached nothing changes, and the person
   * tries again), then the signed register entry, then this device's copy.
   */
  async erase(caseId: string, confirmAlias: string): Promise<ErasureRecord> {
    const check = this.check(caseId);
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
    if (team) {
      await team.eraseOnRelay(caseId);
      await team.prepareRegister();
    }
    const docId = this.writableRegisterId(team);
    let record: ErasureRecord | undefined;
    this.ctx.docs.transact(docId, (doc) => {
      record = this.registerOf(doc, team).record(
        {
          caseId,
          openedOn: meta.createdAt.slice(0, 10),
          closedAt: check.closedAt,
          erasedAt: this.ctx.nowIso(),
        },
        this.signer(),
      );
    });
    team?.flush();
    this.onErased(shredCase(this.ctx, caseId, Date.now()));
    if (!record) throw new Error('unreachable: the register entry was just written');
    return record;
  }

  /** Every erased case this device knows of: the team's register and its own. */
  list(): ErasureRecord[] {
    const team = this.team();
    const ids = team
      ? [team.registerDocumentId, LOCAL_ERASURES_DOCUMENT]
      : [LOCAL_ERASURES_DOCUMENT];
    return ids
      .flatMap((id) => this.register(id)?.list() ?? [])
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
      removed.push(...shredCase(this.ctx, caseId, Date.now()));
    }
    if (removed.length > 0) this.onErased(removed);
    return removed;
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
