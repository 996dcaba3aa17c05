import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../primitives';
import { canonicalJson, utf8, type ReviewCrypto } from './canonical';

/**
 * Sign-off (issue "Supervision", part 3): the reviewer's Ed25519 signature over a BLAKE2b-256
 * hash of the session's canonical content. The content is what the counselor recorded — meta,
 * checklist ticks, risk answers and actions, the note as a canonical tree — never the review
 * state around it (thread, comments, addenda), which keeps growing after the signature.
 */
export const SIGNOFF_VERSION = 1;
const CONTENT_DOMAIN = 'pendamping/session-content/v1\n';
const SIGNATURE_DOMAIN = 'pendamping/session-signoff/v1\n';

export const Hex = z.string().regex(/^[0-9a-f]+$/);

export const SignOff = z.object({
  v: z.literal(SIGNOFF_VERSION),
  sessionId: RecordId,
  /** BLAKE2b-256 of the canonical content at the moment of signing, hex. */
  hash: Hex.length(64),
  /** Ed25519 over `signOffMessage`, hex. */
  signature: Hex.length(128),
  signerPublicKey: Hex.length(64),
  signerId: ActorId,
  at: IsoDateTime,
});
export type SignOff = z.infer<typeof SignOff>;

/** A node of the note as a canonical tree: elements with sorted attributes, text as its delta. */
export type NoteNode =
  | { el: string; attrs: Record<string, unknown>; children: NoteNode[] }
  | { text: Array<{ insert: string; attributes?: Record<string, unknown> }> };

export interface SessionContent {
  meta: Record<string, unknown>;
  ticks: Record<string, unknown>;
  riskAnswers: Record<string, unknown>;
  riskAt?: string | undefined;
  riskActions: unknown[];
  note: NoteNode[];
  /**
   * The conflict-keeping fields (ticks, risk answers, details: issue #13, item 8), present only
   * once one was written, so content signed before them hashes as it did.
   */
  fields?: Record<string, unknown>;
}

/** The bytes that are hashed: a domain tag, then the content as canonical JSON. */
export function canonicalContent(content: SessionContent): Uint8Array {
  // `submittedForReview` is review state that older versions kept in meta: not content.
  const meta = Object.fromEntries(
    Object.entries(content.meta).filter(([key]) => key !== 'submittedForReview'),
  );
  return utf8(CONTENT_DOMAIN + canonicalJson({ ...content, meta }));
}

export function contentHash(content: SessionContent, crypto: Pick<ReviewCrypto, 'hash'>): string {
  return crypto.hash(canonicalContent(content));
}

/** What the signature covers: the hash and who signed when, so none of them can be swapped. */
export function signOffMessage(fields: Omit<SignOff, 'signature'>): Uint8Array {
  return utf8(SIGNATURE_DOMAIN + canonicalJson(fields));
}

export type SignOffStatus = 'unsigned' | 'valid' | 'altered' | 'invalid';

export interface SignOffCheck {
  status: SignOffStatus;
  signOff?: SignOff;
  /** The hash of the content as it is now. */
  currentHash: string;
}

/**
 * Recomputes everything from the document: a signature that does not verify (or whose signer id
 * is not its key's) is 'invalid'; a good signature over other content is 'altered'.
 */
export function checkSignOff(
  stored: unknown,
  sessionId: string,
  content: SessionContent,
  crypto: ReviewCrypto,
): SignOffCheck {
  const currentHash = contentHash(content, crypto);
  if (stored === undefined || stored === null) return { status: 'unsigned', currentHash };
  const parsed = SignOff.safeParse(stored);
  if (!parsed.success) return { status: 'invalid', currentHash };
  const signOff = parsed.data;
  const { signature, ...fields } = signOff;
  const genuine =
    signOff.sessionId === sessionId &&
    crypto.actorIdOf(signOff.signerPublicKey) === signOff.signerId &&
    crypto.verify(signature, signOffMessage(fields), signOff.signerPublicKey);
  if (!genuine) return { status: 'invalid', signOff, currentHash };
  return { status: signOff.hash === currentHash ? 'valid' : 'altered', signOff, currentHash };
}

/** A correction after sign-off: kept apart from the signed note, with who and when. */
export const Addendum = z.object({
  id: RecordId,
  text: z.string().trim().min(1).max(20_000),
  by: ActorId,
  at: IsoDateTime,
});
export type Addendum = z.infer<typeof Addendum>;
