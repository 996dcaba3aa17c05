import { z } from 'zod';
import { IsoDateTime, RecordId } from '../domain';
import { ATTACHMENT_TYPES } from '../attachments/file-type';
import { MAX_ATTACHMENT_BYTES } from '../attachments/limits';

/**
 * Encrypted attachments on a case, a session or a referral (issue #14, item 1). A file crosses
 * the API in base64 pieces (an API frame is at most 8 MB), is held in the core's memory until it
 * is whole, then checked and sealed; nothing of it is written in clear. Reading back is in pieces
 * too; a copy saved where the person chooses leaves as an export instead (`exports.prepare` with
 * kind 'attachment'), so that it is recorded in the case's audit trail.
 */
export const ATTACHMENT_PIECE_BYTES = 1024 * 1024;
const Piece = z.string().max(Math.ceil((ATTACHMENT_PIECE_BYTES * 4) / 3) + 4);
const UploadId = z.string().regex(/^[0-9a-f]{32}$/);
export const AttachmentId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const AttachmentOwner = z.object({
  kind: z.enum(['case', 'session', 'referral']),
  id: RecordId,
});
export type AttachmentOwner = z.infer<typeof AttachmentOwner>;

/** Where a file stands: only here, waiting to go up or come down, or on the relay and here. */
export const AttachmentSyncState = z.enum(['here', 'upload', 'download', 'synced']);

export const AttachmentView = z.object({
  id: AttachmentId,
  caseId: RecordId,
  owner: AttachmentOwner,
  name: z.string().max(255),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().nonnegative(),
  addedAt: IsoDateTime,
  sync: AttachmentSyncState,
});
export type AttachmentView = z.infer<typeof AttachmentView>;

const Waiting = z.object({
  files: z.number().int().nonnegative(),
  /** Sealed bytes still to cross the wire (what the month's data quota pays). */
  bytes: z.number().int().nonnegative(),
});

/**
 * What the Sync screen says of attachments (issue #14, item 1): what waits to go up and to come
 * down, and the part of it the data saver holds back until the person allows it. All zero on a
 * device without a team: there is no relay to send to.
 */
export const AttachmentsWaiting = z.object({
  upload: Waiting,
  download: Waiting,
  held: Waiting,
});
export type AttachmentsWaiting = z.infer<typeof AttachmentsWaiting>;

export const attachmentMethods = {
  'attachments.begin': {
    input: z.object({ bytes: z.number().int().positive().max(MAX_ATTACHMENT_BYTES) }),
    output: z.object({ uploadId: UploadId }),
  },
  'attachments.piece': {
    input: z.object({ uploadId: UploadId, piece: Piece }),
    output: z.object({ received: z.number().int() }),
  },
  /** Checks the whole file (type by its bytes, size, wholeness), seals it, records it. */
  'attachments.finish': {
    input: z.object({
      uploadId: UploadId,
      caseId: RecordId,
      owner: AttachmentOwner,
      name: z.string().trim().min(1).max(255),
    }),
    output: AttachmentView,
  },
  'attachments.list': {
    input: z.object({ caseId: RecordId, owner: AttachmentOwner.optional() }),
    output: z.array(AttachmentView),
  },
  'attachments.read': {
    input: z.object({
      caseId: RecordId,
      attachmentId: AttachmentId,
      offset: z.number().int().nonnegative(),
    }),
    output: z.object({ piece: Piece, done: z.boolean() }),
  },
  'attachments.remove': {
    input: z.object({ caseId: RecordId, attachmentId: AttachmentId }),
    output: z.object({}),
  },
  /** Lets one file (or, without an id, every waiting file) past the data saver. */
  'attachments.allow': {
    input: z.object({ attachmentId: AttachmentId.optional() }),
    output: z.object({}),
  },
  'attachments.waiting': { input: z.object({}), output: AttachmentsWaiting },
} as const;
