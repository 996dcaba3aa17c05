import { z } from 'zod';
import { ActorId, IsoDate, IsoDateTime, RecordId } from '../domain';

/**
 * Erasure of a closed case after its retention period (issue "Supervision"): crypto-shredding.
 * The case's keys are destroyed on every device that syncs and the relay drops its ciphertext;
 * what stays is the register: that a case existed, when it was opened and closed, when it was
 * erased and by whom. docs/security.md says what erasure can and cannot reach.
 */

/** Days a closed case is kept before it may be erased. 0 = as soon as it is closed. */
export const RetentionDays = z.number().int().min(0).max(36_500);

export const ErasurePolicy = z.object({
  retentionDays: RetentionDays,
  /** Who set it (actor id) and when; absent while the default applies. */
  setBy: ActorId.optional(),
  setAt: IsoDateTime.optional(),
  /** Whether this user may change it: a supervisor of the team, or anyone working alone. */
  canChange: z.boolean(),
});
export type ErasurePolicy = z.infer<typeof ErasurePolicy>;

export const ErasureRecord = z.object({
  caseId: RecordId,
  openedOn: IsoDate.nullable(),
  closedAt: IsoDateTime,
  erasedAt: IsoDateTime,
  erasedBy: ActorId,
  /** The signature over the entry verifies, and (in a team) by a supervisor's key. */
  verified: z.boolean(),
});
export type ErasureRecord = z.infer<typeof ErasureRecord>;

export const ErasureCheck = z.discriminatedUnion('state', [
  z.object({ state: z.literal('notClosed') }),
  /** Closed, but the retention period has not ended. */
  z.object({ state: z.literal('retained'), closedAt: IsoDateTime, eligibleAt: IsoDateTime }),
  /** May be erased, by this user or (`canErase` false) only by a supervisor. */
  z.object({
    state: z.literal('eligible'),
    closedAt: IsoDateTime,
    eligibleAt: IsoDateTime,
    canErase: z.boolean(),
    /** Needs the relay now (a team case): erasure does not wait in a queue. */
    needsConnection: z.boolean(),
    /**
     * Some key of the case is not held by the team's relay, so backups exported from this
     * notebook carry it: erasure cannot reach those files (docs/security.md).
     */
    backupsMayHoldKey: z.boolean(),
  }),
  /** Two people set the status differently while apart: someone chooses first. */
  z.object({ state: z.literal('statusConflict') }),
]);
export type ErasureCheck = z.infer<typeof ErasureCheck>;

const CaseId = z.object({ caseId: RecordId });

export const erasureMethods = {
  'erasure.check': { input: CaseId, output: ErasureCheck },
  /** `confirmAlias` must repeat the case's alias exactly: erasure cannot be undone. */
  'erasure.erase': {
    input: CaseId.extend({ confirmAlias: z.string().min(1).max(200) }),
    output: ErasureRecord,
  },
  'erasure.list': { input: z.object({}), output: z.array(ErasureRecord) },
  'erasure.policy': { input: z.object({}), output: ErasurePolicy },
  'erasure.setPolicy': {
    input: z.object({ retentionDays: RetentionDays }),
    output: ErasurePolicy,
  },
} as const;
