import { z } from 'zod';
import { ChecklistTemplate } from '../domain';

/** Joining a team and syncing with its relay (docs/sync-protocol.md). */
export const TeamRole = z.enum(['supervisor', 'counselor']);
export type TeamRole = z.infer<typeof TeamRole>;

/**
 * Why the device is offline (shared/sync/connection-failure.ts): no internet at all, or the relay
 * cannot be reached although the computer is online, and how.
 */
export const OfflineCause = z.enum([
  'noInternet',
  'unreachable',
  'notFound',
  'timeout',
  'tls',
  'notRelay',
  'protocol',
  'unknown',
]);
export type OfflineCause = z.infer<typeof OfflineCause>;

export const SyncState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notEnrolled') }),
  z.object({
    kind: z.literal('offline'),
    /** Absent before the first attempt. */
    cause: OfflineCause.optional(),
    /** The socket's own (English) words, for whoever helps: never shown unfolded. */
    detail: z.string().optional(),
    /** When the next attempt starts by itself (ms since the epoch); "sync now" starts it at once. */
    retryAt: z.number().optional(),
  }),
  z.object({ kind: z.literal('connecting') }),
  z.object({ kind: z.literal('syncing'), done: z.number(), total: z.number() }),
  z.object({ kind: z.literal('upToDate') }),
  z.object({
    kind: z.literal('error'),
    /** The relay's own words (English), for the log and for support. */
    reason: z.string(),
    /** What it means for the person, so the screen can say it in their language. */
    problem: z.enum(['notMember', 'authFailed', 'version', 'rateLimited', 'other']).optional(),
    /** With rateLimited: when the device tries again by itself (ms since the epoch). */
    retryAt: z.number().optional(),
  }),
]);
export type SyncState = z.infer<typeof SyncState>;

/**
 * A member's own display name, shown to the team (never a client's name). Control and format
 * characters are refused: a right-to-left override could make one name read as another.
 */
export const DisplayNameText = z
  .string()
  .max(60)
  .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, 'no control characters');
/** As typed: normalised and trimmed first; empty clears the name. */
export const DisplayName = z
  .string()
  .max(200)
  .transform((s) => s.normalize('NFC').trim())
  .pipe(DisplayNameText);

export const TeamMember = z.object({
  memberNo: z.number().int(),
  role: TeamRole,
  /** Ten groups of five digits: compare them with the person, out of band. */
  fingerprint: z.string(),
  /** The id records carry for who ticked, wrote or signed. */
  actorId: z.string(),
  me: z.boolean(),
  removed: z.boolean(),
  /** The name the member gave themselves, signed by their key; absent when none is known. */
  displayName: z.string().optional(),
  /**
   * The 60 digits this device and the member both see when their keys are the ones in the signed
   * roster (absent for oneself): read aloud or compared side by side, then marked verified.
   */
  safetyNumber: z.string().optional(),
  /** Marked verified on this device after comparing the safety number. */
  verified: z.boolean(),
  /** Verified before, but the roster now shows other keys: nothing is shared until re-verified. */
  keyChanged: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const RosterTrust = z.discriminatedUnion('state', [
  z.object({ state: z.literal('waiting') }),
  z.object({ state: z.literal('verified') }),
  z.object({ state: z.literal('fork'), index: z.number().int().nonnegative() }),
  z.object({
    state: z.literal('rollback'),
    held: z.number().int().nonnegative(),
    served: z.number().int().nonnegative(),
  }),
  z.object({ state: z.literal('invalid'), reason: z.string() }),
]);
export type RosterTrust = z.infer<typeof RosterTrust>;

export const SyncHistory = z.object({
  missing: z.array(
    z.object({
      memberNo: z.number().int(),
      /** How many of their changes, in how many records. */
      changes: z.number().int().positive(),
      documents: z.number().int().positive(),
    }),
  ),
  forked: z.array(z.object({ memberNo: z.number().int(), changes: z.number().int().positive() })),
  reordered: z.number().int().nonnegative(),
});
export type SyncHistory = z.infer<typeof SyncHistory>;

export const SyncOverview = z.object({
  state: SyncState,
  serverUrl: z.string().optional(),
  role: TeamRole.optional(),
  memberNo: z.number().int().optional(),
  pending: z.number().int().nonnegative(),
  /**
   * Records (sessions, cases, the team's lists) with changes the relay has not acknowledged: what
   * a person counts, where `pending` counts internal updates.
   */
  pendingRecords: z.number().int().nonnegative().optional(),
  /** Changes the relay refused to store, and why: its storage is full, or too many cases. */
  refused: z
    .object({
      count: z.number().int().nonnegative(),
      reason: z.enum(['quotaExceeded', 'tooManyScopes', 'other']),
    })
    .optional(),
  quarantined: z.number().int().nonnegative(),
  lastSyncedAt: z.number().nullable(),
  bytesSent: z.number().nonnegative(),
  bytesReceived: z.number().nonnegative(),
  deferredBytes: z.number().nonnegative(),
  dataSaver: z.object({ enabled: z.boolean(), unmetered: z.boolean() }),
  members: z.array(TeamMember),
  /** Members the relay lists who are not (yet) in the signed roster: being checked, trusted with nothing. */
  joining: z.array(z.object({ memberNo: z.number().int(), role: TeamRole })),
  /** Invites this device issued and can still check a joiner against (a supervisor's). */
  invites: z.array(
    z.object({
      inviteId: z.string(),
      role: TeamRole,
      expiresAt: z.number(),
      /** The relay showed a joiner whose keys this invite does not vouch for. */
      tampered: z.boolean(),
    }),
  ),
  /**
   * How far this device trusts the team's signed roster (issue #10): `waiting` until the inviter
   * adds us; `fork`, `rollback` and `invalid` mean the relay served a history this device cannot
   * accept, and no key is shared until it can.
   */
  trust: RosterTrust,
  /**
   * What the authors' sequence numbers show of the history the relay served (issue #10, item 4):
   * changes withheld (a later one arrived, these did not), one number with two different
   * contents (a forked history), and changes that arrived out of order (nothing lost).
   */
  history: SyncHistory,
  /** This account: the id its records carry, and the name it set (in a team or not). */
  self: z.object({ actorId: z.string(), displayName: z.string().optional() }),
});
export type SyncOverview = z.infer<typeof SyncOverview>;

/**
 * Any text: the core classifies it (shared/sync/relay-address.ts), so a refused address comes
 * back with its reason rather than as a bad request.
 */
const ServerUrl = z.string().max(2048);
/** The person ticked "allow an unencrypted connection for a trial" (plain ws:// to another host). */
const AllowInsecure = z.boolean().optional();

export const syncMethods = {
  'sync.status': { input: z.object({}), output: SyncOverview },
  /** "Sync now": reconnect at once instead of waiting out the backoff, or push what waits. */
  'sync.now': { input: z.object({}), output: SyncOverview },
  /**
   * Which of these records still have changes the relay has not acknowledged ("will be sent"):
   * a resubmitted session while the relay is down is not yet delivered.
   */
  'sync.waiting': {
    input: z.object({
      sessionIds: z.array(z.string().max(200)).max(500).optional(),
      caseIds: z.array(z.string().max(200)).max(500).optional(),
    }),
    output: z.object({ sessionIds: z.array(z.string()), caseIds: z.array(z.string()) }),
  },
  /** The first supervisor creates the team on a relay. */
  'sync.createTeam': {
    input: z.object({ serverUrl: ServerUrl, allowInsecure: AllowInsecure }),
    output: SyncOverview,
  },
  /** The relay address inside the code is held to the same rule as a typed one. */
  'sync.join': {
    input: z.object({
      code: z.string().trim().min(10, 'sync.rule.codeShort').max(4096),
      allowInsecure: AllowInsecure,
    }),
    output: SyncOverview,
  },
  'sync.invite': { input: z.object({ role: TeamRole }), output: z.object({ code: z.string() }) },
  'sync.setDataSaver': {
    input: z.object({ enabled: z.boolean().optional(), unmetered: z.boolean().optional() }),
    output: SyncOverview,
  },
  'sync.allowLargeTransfers': { input: z.object({}), output: SyncOverview },
  /** This account's display name for the team; an empty name clears it. */
  'sync.setDisplayName': { input: z.object({ name: DisplayName }), output: SyncOverview },
  /** After comparing safety numbers with the member: mark them verified here (or not). */
  'sync.markVerified': {
    input: z.object({ memberNo: z.number().int().positive(), verified: z.boolean() }),
    output: SyncOverview,
  },
  /** The person has read the forked or late changes shown on the Sync screen. */
  'sync.dismissHistory': { input: z.object({}), output: SyncOverview },
  /** After a fork was checked in person: forget the kept roster and verify the relay's anew. */
  'sync.startRosterOver': { input: z.object({}), output: SyncOverview },
  /** The inviter forgets an invite's secret: whoever redeems it is never added to the roster. */
  'sync.cancelInvite': {
    input: z.object({ inviteId: z.string().regex(/^[0-9a-f]{32}$/) }),
    output: SyncOverview,
  },
  /** A supervisor removes a member; every case key this device holds is rotated. */
  'sync.removeMember': {
    input: z.object({ memberNo: z.number().int().positive() }),
    output: SyncOverview,
  },
  /** A supervisor publishes a checklist template version to the whole team. */
  'templates.publish': {
    input: z.object({ template: ChecklistTemplate }),
    output: z.object({}),
  },
  /** The counselor who owns a case hands it to another counselor of the team. */
  'cases.handOver': {
    input: z.object({ caseId: z.string().max(200), toMemberNo: z.number().int().positive() }),
    output: z.object({}),
  },
} as const;

export const syncEvents = {
  'sync.changed': SyncOverview,
  /** Documents changed by another device arrived: lists and open screens refresh. */
  'records.changed': z.object({ documentIds: z.array(z.string()) }),
} as const;
