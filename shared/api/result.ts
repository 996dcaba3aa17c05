import { z } from 'zod/mini';

/** Every error that crosses a boundary carries one of these codes; the UI translates the code. */
export const ErrorCode = z.enum([
  'bad_request',
  'unknown_method',
  'not_found',
  'exists',
  'locked',
  'not_initialised',
  'wrong_passphrase',
  'wrong_recovery_key',
  'recovery_key_format',
  'too_many_attempts',
  'weak_passphrase',
  'corrupt',
  'disk_full',
  'sync_failed',
  /** A relay address the app will not use; the message is its RelayAddressProblem. */
  'relay_address',
  /** An invite code that cannot be read; the message is its InviteCodeProblem. */
  'invite_code',
  /** The session is signed off: its content is locked; corrections are addenda. */
  'signed',
  /** The case waits to be erased (erasure without a connection): cancel that to change it. */
  'erasure_waiting',
  /**
   * The risk screen requires actions not yet recorded, and no override was given (issue #13,
   * item 9): the message names the missing actions' kinds, comma-separated.
   */
  'risk_actions_missing',
  /** A structured field of the session still holds two kept values: choose one to sign off. */
  'conflict_open',
  /**
   * A file that cannot be attached (issue #14, item 1): the message is its AttachmentProblem
   * (`too_large`, `unknown_type`, `damaged`, `empty`); nothing was stored.
   */
  'attachment_refused',
  /**
   * A file that cannot be exported (issue #14, items 4-6): the message is its ExportProblem
   * (`no_consent`, `logo_too_large`, `logo_type`, `logo_damaged`, `expired`, `supervisor_only`).
   */
  'export_refused',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Seconds to wait before the next try, for `too_many_attempts`. */
  retryAfterSeconds: z.optional(z.number()),
  /**
   * For `bad_request`: the fields the request got wrong, by path, each with the catalog key that
   * says why (shared/api/field-problems.ts).
   */
  fields: z.optional(
    z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(200))),
  ),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiError }),
]);
