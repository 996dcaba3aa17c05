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
  /**
   * The entry is a supervisor's, but this device's own copy of the case says it may not be
   * erased (open, still within its retention period, or its status in conflict): nothing was
   * destroyed here (issue #10).
   */
  refusedHere: z.enum(['open', 'retained', 'statusConflict']).optional(),
});
export type ErasureRecord = z.infer<typeof ErasureRecord>;

/**
 * Why an erasure that waited for a connection was not carried out when the connection came back:
 * the conditions are checked again at that moment, and nothing is erased when one no longer holds.
 */
export const ErasureRefusalReason = z.enum([
  /** The case is open again (reopened on another device meanwhile). */
  'reopened',
  /** Two people set the status differently while apart. */
  'statusConflict',
  /** The retention period was lengthened meanwhile: it has not ended yet. */
  'retained',
  /** This member is no longer a supervisor of the team. */
  'notSupervisor',
  /** The team's relay did not allow it. */
  'relayRefused',
  /** The case is no longer on this device. */
  'gone',
]);
export type ErasureRefusalReason = z.infer<typeof ErasureRefusalReason>;

export const ErasureRefusal = z.object({ at: IsoDateTime, reason: ErasureRefusalReason });
export type ErasureRefusal = z.infer<typeof ErasureRefusal>;

/** The last request to erase this case that was refused, until the person dismisses it. */
const refused = { refused: ErasureRefusal.optional() };

export const ErasureCheck = z.discriminatedUnion('state', [
  z.object({ state: z.literal('notClosed'), ...refused }),
  /** Closed, but the retention period has not ended. */
  z.object({
    state: z.literal('retained'),
    closedAt: IsoDateTime,
    eligibleAt: IsoDateTime,
    ...refused,
  }),
  /** May be erased, by this user or (`canErase` false) only by a supervisor. */
  z.object({
    state: z.literal('eligible'),
    closedAt: IsoDateTime,
    eligibleAt: IsoDateTime,
    canErase: z.boolean(),
    /**
     * A team case: the relay erases it first. Without a connection the request waits and is
     * carried out when the connection comes back.
     */
    needsConnection: z.boolean(),
    /**
     * Some key of the case is not held by the team's relay, so backups exported from this
     * notebook carry it: erasure cannot reach those files (docs/security.md).
     */
    backupsMayHoldKey: z.boolean(),
    ...refused,
  }),
  /** Two people set the status differently while apart: someone chooses first. */
  z.object({ state: z.literal('statusConflict'), ...refused }),
  /**
   * Erasure was asked for while the relay could not be reached: it runs when the connection
   * comes back, unless cancelled first. Until then the case is not edited.
   */
  z.object({ state: z.literal('waiting'), requestedAt: IsoDateTime }),
]);
export type ErasureCheck = z.infer<typeof ErasureCheck>;

/** What `erasure.erase` did: erased at once, or waiting for a connection to the team's relay. */
export const ErasureOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('erased'), record: ErasureRecord }),
  z.object({ outcome: z.literal('waiting'), requestedAt: IsoDateTime }),
]);
export type ErasureOutcome = z.infer<typeof ErasureOutcome>;

const requestFields = {
  caseId: RecordId,
  /** The case's alias on this device (null once the case is gone); never stored with the request. */
  alias: z.string().nullable(),
  requestedAt: IsoDateTime,
};

/** An erasure waiting for a connection, or one that was refused when it came back. */
export const ErasureRequest = z.discriminatedUnion('state', [
  z.object({ ...requestFields, state: z.literal('waiting') }),
  z.object({ ...requestFields, state: z.literal('refused'), refusal: ErasureRefusal }),
]);
export type ErasureRequest = z.infer<typeof ErasureRequest>;

const CaseId = z.object({ caseId: RecordId });

export const erasureMethods = {
  'erasure.check': { input: CaseId, output: ErasureCheck },
  /**
   * `confirmAlias` must repeat the case's alias exactly: erasure cannot be undone. In a team
   * without a connection the request waits (outcome 'waiting').
   */
  'erasure.erase': {
    input: CaseId.extend({ confirmAlias: z.string().min(1).max(200) }),
    output: ErasureOutcome,
  },
  'erasure.list': { input: z.object({}), output: z.array(ErasureRecord) },
  /** Erasures waiting for a connection, and refused ones not yet dismissed. */
  'erasure.requests': { input: z.object({}), output: z.array(ErasureRequest) },
  /** Cancels a waiting erasure (or dismisses a refused one); the case is left as it was. */
  'erasure.cancel': { input: CaseId, output: z.array(ErasureRequest) },
  'erasure.policy': { input: z.object({}), output: ErasurePolicy },
  'erasure.setPolicy': {
    input: z.object({ retentionDays: RetentionDays }),
    output: ErasurePolicy,
  },
} as const;
