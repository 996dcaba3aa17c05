import { z } from 'zod';
import { ActorId, IsoDateTime } from '../primitives';
import { RiskOverride } from '../risk/gate';
import { ReviewComment } from './comments';
import { SignerAuthority } from './authority';
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
   * Whether the signing key is a supervisor's, as far as this device knows the team: a signature
   * verifies for any key, so its authority is judged apart (authority.ts). A refused sign-off
   * neither locks the session nor counts as signed.
   */
  authority: SignerAuthority.optional(),
});
export type SignatureCheck = z.infer<typeof SignatureCheck>;

/** The review part of a session's detail: everything the session screen shows about review. */
export const SessionReview = z.object({
  status: ReviewStatus,
  thread: z.array(ReviewEntry),
  comments: z.array(ReviewComment),
  signature: SignatureCheck,
  addenda: z.array(Addendum),
  /** Signed: the core refuses edits of the content; corrections are addenda. */
  locked: z.boolean(),
  /** This user may sign sessions off (a supervisor of their team); the core checks it again. */
  canSign: z.boolean(),
  /**
   * Reasons given to go on without the actions the risk screen requires (issue #13, item 9),
   * oldest first; whether one answers the screen as it is now is reviewGate's to say.
   */
  riskOverrides: z.array(RiskOverride).default([]),
});
export type SessionReview = z.infer<typeof SessionReview>;
