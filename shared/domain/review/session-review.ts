import { z } from 'zod';
import { ActorId, IsoDateTime } from '../primitives';
import { ReviewComment } from './comments';
import { Addendum } from './signoff';
import { ReviewEntry, ReviewStatus } from './thread';

/** What a reader sees of a sign-off: recomputed from the document each time it is read. */
export const SignatureCheck = z.object({
  status: z.enum(['unsigned', 'valid', 'altered', 'invalid']),
  signerId: ActorId.optional(),
  signerPublicKey: z.string().optional(),
  at: IsoDateTime.optional(),
  /** The hash that was signed and the hash of the content now (they differ when altered). */
  signedHash: z.string().optional(),
  currentHash: z.string(),
  /**
   * Who the signing key belongs to, as far as this device knows the team: a signature verifies
   * for any key, so whether it carries a supervisor's authority is shown apart.
   */
  signerRole: z.enum(['supervisor', 'counselor', 'self', 'unknown']).optional(),
});
export type SignatureCheck = z.infer<typeof SignatureCheck>;
export type SignerRole = NonNullable<SignatureCheck['signerRole']>;

/** The review part of a session's detail: everything the session screen shows about review. */
export const SessionReview = z.object({
  status: ReviewStatus,
  thread: z.array(ReviewEntry),
  comments: z.array(ReviewComment),
  signature: SignatureCheck,
  addenda: z.array(Addendum),
  /** Signed: the core refuses edits of the content; corrections are addenda. */
  locked: z.boolean(),
});
export type SessionReview = z.infer<typeof SessionReview>;
