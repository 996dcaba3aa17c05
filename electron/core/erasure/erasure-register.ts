import type * as Y from 'yjs';
import { z } from 'zod';
import type { ErasureRecord } from '../../../shared/api/erasure';
import { ActorId, IsoDate, IsoDateTime, RecordId } from '../../../shared/domain';
import { reviewCrypto, signHex, type Signer } from '../review/review-crypto';
import { toHex } from '../../../shared/encoding/hex';

/**
 * The erasure register: what remains of an erased case (that it existed, when it was opened,
 * closed and erased, by whom) and the retention policy. A team keeps it in a document of the
 * team-wide scope, so every member's device learns of an erasure and shreds its own copy; a
 * person working alone keeps it in a personal document.
 *
 * Every member can write to the team document, so an entry counts only if it carries a valid
 * Ed25519 signature by a supervisor of the team: a counselor (or a relay) cannot make other
 * devices destroy a case.
 */
export const ERASURES_KIND = 'erasures';
export const LOCAL_ERASURES_DOCUMENT = 'erasures';
export const teamErasuresDocumentId = (teamIdHex: string): string => `erasures-${teamIdHex}`;
export const isTeamErasuresDocument = (docId: string): boolean =>
  /^erasures-[0-9a-f]{32}$/.test(docId);

/** Five years: a common minimum for client files; a supervisor changes it for the team. */
export const DEFAULT_RETENTION_DAYS = 5 * 365;

const Entry = z.object({
  caseId: RecordId,
  openedOn: IsoDate.nullable(),
  closedAt: IsoDateTime,
  erasedAt: IsoDateTime,
  erasedBy: ActorId,
  signerPublicKey: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
type Entry = z.infer<typeof Entry>;

const Policy = z.object({
  retentionDays: z.number().int().min(0),
  setBy: ActorId,
  setAt: IsoDateTime,
  signerPublicKey: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
type Policy = z.infer<typeof Policy>;

const DOMAIN = 'pendamping/erasure/v1';
const POLICY_DOMAIN = 'pendamping/retention-policy/v1';
const message = (domain: string, fields: unknown[]): Uint8Array =>
  new TextEncoder().encode(`${domain}\n${JSON.stringify(fields)}`);

const entryMessage = (e: Omit<Entry, 'signature' | 'signerPublicKey'>): Uint8Array =>
  message(DOMAIN, [e.caseId, e.openedOn, e.closedAt, e.erasedAt, e.erasedBy]);
const policyMessage = (p: Pick<Policy, 'retentionDays' | 'setBy' | 'setAt'>): Uint8Array =>
  message(POLICY_DOMAIN, [p.retentionDays, p.setBy, p.setAt]);

/** Who may have written an entry: in a team, a supervisor's key; alone, one's own key. */
export type TrustedSigner = (signerPublicKeyHex: string) => boolean;

export class ErasureRegister {
  constructor(
    private readonly doc: Y.Doc,
    private readonly trusted: TrustedSigner,
  ) {}

  record(
    fields: Omit<Entry, 'signature' | 'signerPublicKey' | 'erasedBy'>,
    signer: Signer,
  ): ErasureRecord {
    const erasedBy = reviewCrypto.actorIdOf(toHex(signer.publicKey));
    const unsigned = { ...fields, erasedBy };
    const entry: Entry = {
      ...unsigned,
      signerPublicKey: toHex(signer.publicKey),
      signature: signHex(entryMessage(unsigned), signer),
    };
    this.doc.getMap<unknown>('erased').set(entry.caseId, entry);
    return { ...unsigned, verified: true };
  }

  /** Every entry, newest first; `verified` says whether it may be acted on. */
  list(): ErasureRecord[] {
    const out: ErasureRecord[] = [];
    this.doc.getMap<unknown>('erased').forEach((value) => {
      const parsed = Entry.safeParse(value);
      if (!parsed.success) return;
      const e = parsed.data;
      out.push({
        caseId: e.caseId,
        openedOn: e.openedOn,
        closedAt: e.closedAt,
        erasedAt: e.erasedAt,
        erasedBy: e.erasedBy,
        verified: this.verifies(e),
      });
    });
    return out.sort((a, b) => b.erasedAt.localeCompare(a.erasedAt));
  }

  /** Case ids whose erasure is signed by someone trusted to erase. */
  verifiedCaseIds(): string[] {
    return this.list()
      .filter((r) => r.verified)
      .map((r) => r.caseId);
  }

  policy(): { retentionDays: number; setBy?: string; setAt?: string } {
    const parsed = Policy.safeParse(this.doc.getMap<unknown>('policy').get('retention'));
    if (!parsed.success) return { retentionDays: DEFAULT_RETENTION_DAYS };
    const p = parsed.data;
    if (!this.trusted(p.signerPublicKey)) return { retentionDays: DEFAULT_RETENTION_DAYS };
    if (!reviewCrypto.verify(p.signature, policyMessage(p), p.signerPublicKey)) {
      return { retentionDays: DEFAULT_RETENTION_DAYS };
    }
    return { retentionDays: p.retentionDays, setBy: p.setBy, setAt: p.setAt };
  }

  setPolicy(retentionDays: number, setAt: string, signer: Signer): void {
    const setBy = reviewCrypto.actorIdOf(toHex(signer.publicKey));
    const unsigned = { retentionDays, setBy, setAt };
    const policy: Policy = {
      ...unsigned,
      signerPublicKey: toHex(signer.publicKey),
      signature: signHex(policyMessage(unsigned), signer),
    };
    this.doc.getMap<unknown>('policy').set('retention', policy);
  }

  private verifies(entry: Entry): boolean {
    const { signature, signerPublicKey, ...unsigned } = entry;
    if (reviewCrypto.actorIdOf(signerPublicKey) !== entry.erasedBy) return false;
    if (!this.trusted(signerPublicKey)) return false;
    return reviewCrypto.verify(signature, entryMessage(unsigned), signerPublicKey);
  }
}
