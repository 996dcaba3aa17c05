import type * as Y from 'yjs';
import { z } from 'zod';
import { ErasureRefusalReason } from '../../../shared/api/erasure';
import { ActorId, IsoDateTime, RecordId } from '../../../shared/domain';

/**
 * Erasures waiting for a connection to the team's relay (docs/security.md, "Erasure").
 *
 * Kept in a personal encrypted document rather than a table of its own: which case a supervisor
 * is about to destroy, and why a request was refused, is worth the same encryption as the case
 * itself (a table would hold it in plain ids next to the ciphertext), the document store already
 * survives restarts, locks and backups, and it needs no schema change. The document belongs to no
 * scope, so it never leaves this device. It holds ids, times and reason codes only.
 */
export const ERASURE_REQUESTS_DOCUMENT = 'erasure-requests';
export const ERASURE_REQUESTS_KIND = 'erasure-requests';

const Stored = z.object({
  caseId: RecordId,
  requestedAt: IsoDateTime,
  requestedBy: ActorId,
  state: z.enum(['waiting', 'refused']),
  /**
   * The relay has erased the case: past this point there is no way back, so the rest (the signed
   * register entry, the shredding) is finished without checking the conditions again.
   */
  relayErasedAt: IsoDateTime.optional(),
  refusedAt: IsoDateTime.optional(),
  reason: ErasureRefusalReason.optional(),
});
export type StoredErasureRequest = z.infer<typeof Stored>;

/** The waiting list over its Y.Doc: one entry per case, keyed by case id. */
export class ErasureRequests {
  constructor(private readonly doc: Y.Doc) {}

  private get map(): Y.Map<unknown> {
    return this.doc.getMap<unknown>('requests');
  }

  /** Every request, oldest first (the order they are carried out in). */
  list(): StoredErasureRequest[] {
    const out: StoredErasureRequest[] = [];
    this.map.forEach((value) => {
      const parsed = Stored.safeParse(value);
      if (parsed.success) out.push(parsed.data);
    });
    return out.sort(
      (a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.caseId.localeCompare(b.caseId),
    );
  }

  get(caseId: string): StoredErasureRequest | undefined {
    const parsed = Stored.safeParse(this.map.get(caseId));
    return parsed.success ? parsed.data : undefined;
  }

  waiting(): StoredErasureRequest[] {
    return this.list().filter((r) => r.state === 'waiting');
  }

  isWaiting(caseId: string): boolean {
    return this.get(caseId)?.state === 'waiting';
  }

  /** A new request replaces a refused one for the same case. */
  add(caseId: string, requestedAt: string, requestedBy: string): void {
    this.map.set(caseId, Stored.parse({ caseId, requestedAt, requestedBy, state: 'waiting' }));
  }

  markRelayErased(caseId: string, at: string): void {
    const current = this.get(caseId);
    if (current) this.map.set(caseId, { ...current, relayErasedAt: at });
  }

  /** Not carried out: the request stays, refused with its reason, until the person dismisses it. */
  refuse(caseId: string, at: string, reason: ErasureRefusalReason): void {
    const current = this.get(caseId);
    if (!current) return;
    const refused: StoredErasureRequest = { ...current, state: 'refused', refusedAt: at, reason };
    delete refused.relayErasedAt;
    this.map.set(caseId, refused);
  }

  remove(caseId: string): void {
    this.map.delete(caseId);
  }
}
