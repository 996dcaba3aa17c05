import { z } from 'zod';
import { DomainError } from '../errors';
import { ActorId, IsoDateTime } from '../primitives';

/**
 * Submit for review / return for revision (issue "Supervision", part 1). The thread of requests
 * and answers lives in the session document; the status is derived from it, never stored, so a
 * thread that arrived by sync from another device gives the same status everywhere.
 */
export const ReviewEntryKind = z.enum(['submit', 'return', 'answer', 'resubmit', 'sign']);
export type ReviewEntryKind = z.infer<typeof ReviewEntryKind>;

export const ReviewEntry = z.object({
  kind: ReviewEntryKind,
  text: z.string().max(20_000),
  by: ActorId,
  at: IsoDateTime,
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/**
 * - draft: never submitted;
 * - submitted: waiting for the reviewer (also after a resubmission);
 * - returned: the reviewer asked for changes; the counselor answers and resubmits;
 * - signed: signed off, locked.
 */
export const ReviewStatus = z.enum(['draft', 'submitted', 'returned', 'signed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

const NEXT_STATUS: Partial<Record<ReviewEntryKind, ReviewStatus>> = {
  submit: 'submitted',
  resubmit: 'submitted',
  return: 'returned',
  sign: 'signed',
};

/** What each kind of entry may follow. An answer does not change the status. */
const ALLOWED_FROM: Record<ReviewEntryKind, readonly ReviewStatus[]> = {
  submit: ['draft'],
  return: ['submitted'],
  answer: ['returned'],
  resubmit: ['returned'],
  sign: ['submitted'],
};

/**
 * Entries are read in time order (ties by kind order of the workflow), so two devices that
 * appended concurrently agree. Once signed, the status stays signed.
 */
export function orderThread(entries: readonly ReviewEntry[]): ReviewEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function reviewStatus(entries: readonly ReviewEntry[]): ReviewStatus {
  let status: ReviewStatus = 'draft';
  for (const entry of orderThread(entries)) {
    if (status === 'signed') break;
    status = NEXT_STATUS[entry.kind] ?? status;
  }
  return status;
}

/**
 * The status when the sign-off is judged apart from the thread: a 'sign' entry only says who
 * pressed the button, while whether the session is signed depends on its stored sign-off and the
 * signer's authority (authority.ts). A refused sign-off leaves the status where the rest of the
 * thread has it, so the session is back in the queue rather than silently signed.
 */
export function sessionStatus(entries: readonly ReviewEntry[], signed: boolean): ReviewStatus {
  return signed ? 'signed' : reviewStatus(entries.filter((e) => e.kind !== 'sign'));
}

export function canAppend(entries: readonly ReviewEntry[], kind: ReviewEntryKind): boolean {
  return canStep(reviewStatus(entries), kind);
}

export function canStep(status: ReviewStatus, kind: ReviewEntryKind): boolean {
  return ALLOWED_FROM[kind].includes(status);
}

/** Refuses a step the workflow does not allow now (the UI offers only the allowed ones). */
export function assertCanAppend(entries: readonly ReviewEntry[], kind: ReviewEntryKind): void {
  assertCanStep(reviewStatus(entries), kind);
}

export function assertCanStep(status: ReviewStatus, kind: ReviewEntryKind): void {
  if (!canStep(status, kind)) {
    throw new DomainError(
      'invalid_transition',
      `cannot ${kind} a session whose review status is ${status}`,
    );
  }
}

/** When the session last went to the reviewer, and who sent it. */
export function lastSubmission(
  entries: readonly ReviewEntry[],
): { at: string; by: string } | undefined {
  const sent = orderThread(entries).filter((e) => e.kind === 'submit' || e.kind === 'resubmit');
  const last = sent[sent.length - 1];
  return last ? { at: last.at, by: last.by } : undefined;
}
