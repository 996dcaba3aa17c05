import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../primitives';
import { canonicalJson, utf8, type ReviewCrypto } from './canonical';
import { Hex } from './signoff';

/**
 * The audit trail of a case (issue "Supervision", part 4), tamper-evident. Each device keeps its
 * own chain per case: entry n holds the hash of entry n-1 of the same chain and is signed by the
 * device's Ed25519 key. Chains never fork when devices write concurrently (each appends only to
 * its own), so they merge safely in one Y.Array of the case document; order across chains is by
 * time only, which is all a reader needs.
 *
 * Verification finds: a gap (an entry removed: a sequence number missing, or a link to a hash
 * that is not there), an altered entry (its hash does not match its content), a bad signature,
 * and a fork (two entries with one sequence number in one chain, e.g. a device restored twice).
 * An entry removed from the very end of a chain is found by the device that wrote it (it keeps
 * its chain's head locally); anyone else cannot see it, which is the limit of any hash chain.
 */
export const AUDIT_VERSION = 1;
const AUDIT_DOMAIN = 'pendamping/audit/v1\n';
export const GENESIS_HASH = '0'.repeat(64);

export const AuditKind = z.enum([
  'opened',
  'edited',
  'exported',
  'signed',
  'submitted',
  'returned',
  'handedOver',
  'erased',
  /** A session sent or signed without the actions its risk screen requires, with a reason. */
  'riskOverride',
]);
export type AuditKind = z.infer<typeof AuditKind>;

/**
 * What an 'exported' entry let out of the vault (issue #14, item 6), and in which format. Entries
 * written before these existed carry neither (they were backups); the hash covers them only when
 * present, so those entries still verify. A saved copy of an attachment names the attachment by
 * its id and has no format of ours: never by its file name, which a person typed and which may
 * name the client, since the trail is shown to the team.
 */
export const ExportWhat = z.enum([
  'backup',
  'sessionPdf',
  'sessionPrint',
  'referralLetter',
  'caseSummary',
  'agencyReport',
  'attachment',
]);
export type ExportWhat = z.infer<typeof ExportWhat>;
export const ExportFormat = z.enum(['pdf', 'csv', 'xlsx', 'print', 'pdbackup']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const AuditEntry = z.object({
  v: z.literal(AUDIT_VERSION),
  /** The device's chain (random id, one per device). */
  chain: Hex.length(32),
  seq: z.number().int().nonnegative(),
  kind: AuditKind,
  caseId: RecordId,
  sessionId: RecordId.optional(),
  what: ExportWhat.optional(),
  format: ExportFormat.optional(),
  attachmentId: RecordId.optional(),
  by: ActorId,
  at: IsoDateTime,
  prevHash: Hex.length(64),
  signerPublicKey: Hex.length(64),
  hash: Hex.length(64),
  signature: Hex.length(128),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export type AuditBody = Omit<AuditEntry, 'hash' | 'signature'>;

/**
 * An entry as a reader finds it, which may come from a newer version: a kind, an export or a
 * format this version does not know, or a field it has not heard of. It is verified all the same
 * (its hash covers every field it carries), so a newer teammate's trail does not read as
 * tampered with here; the screens list only the kinds they can name.
 */
const StoredAuditEntry = AuditEntry.extend({
  kind: z.string().min(1).max(64),
  what: z.string().min(1).max(64).optional(),
  format: z.string().min(1).max(64).optional(),
}).catchall(z.unknown());
type StoredAuditEntry = z.infer<typeof StoredAuditEntry>;

/** What an entry's hash covers: every field it carries but the hash and the signature. */
function storedBodyBytes(entry: StoredAuditEntry): Uint8Array {
  const body: Record<string, unknown> = { ...entry };
  delete body.hash;
  delete body.signature;
  return utf8(AUDIT_DOMAIN + canonicalJson(body));
}

export function auditBodyBytes(body: AuditBody): Uint8Array {
  // The fields of this version, whatever else a value given here carries.
  const { v, chain, seq, kind, caseId, sessionId, what, format, attachmentId } = body;
  const { by, at, prevHash, signerPublicKey } = body;
  const fields = {
    v,
    chain,
    seq,
    kind,
    caseId,
    sessionId,
    what,
    format,
    attachmentId,
    by,
    at,
    prevHash,
    signerPublicKey,
  };
  return utf8(AUDIT_DOMAIN + canonicalJson(fields));
}

/** The message signed is the entry's hash, domain-tagged. */
export function auditSignatureMessage(hash: string): Uint8Array {
  return utf8(`${AUDIT_DOMAIN}sig:${hash}`);
}

export type AuditProblemKind = 'gap' | 'altered' | 'badSignature' | 'fork' | 'malformed';

export interface AuditProblem {
  kind: AuditProblemKind;
  chain: string;
  seq: number;
  /** For a gap: how many entries are missing before `seq`. */
  missing?: number;
}

export interface AuditVerification {
  valid: boolean;
  entries: number;
  chains: Array<{ chain: string; signerPublicKey: string; by: string; count: number }>;
  problems: AuditProblem[];
}

/** Checks every chain found in the entries; `knownHeads` are this device's remembered heads. */
export function verifyAudit(
  raw: readonly unknown[],
  crypto: ReviewCrypto,
  knownHeads: Record<string, { seq: number; hash: string }> = {},
): AuditVerification {
  const problems: AuditProblem[] = [];
  const byChain = new Map<string, StoredAuditEntry[]>();
  let count = 0;
  for (const value of raw) {
    const parsed = StoredAuditEntry.safeParse(value);
    if (!parsed.success) {
      const v = value as { chain?: unknown; seq?: unknown } | null;
      problems.push({
        kind: 'malformed',
        chain: typeof v?.chain === 'string' ? v.chain : '',
        seq: typeof v?.seq === 'number' ? v.seq : -1,
      });
      continue;
    }
    count++;
    const list = byChain.get(parsed.data.chain) ?? [];
    list.push(parsed.data);
    byChain.set(parsed.data.chain, list);
  }

  const chains: AuditVerification['chains'] = [];
  for (const [chain, list] of byChain) {
    list.sort((a, b) => a.seq - b.seq);
    const first = list[0];
    if (!first) continue;
    chains.push({
      chain,
      signerPublicKey: first.signerPublicKey,
      by: first.by,
      count: list.length,
    });
    let expectedSeq = 0;
    let prev: StoredAuditEntry | undefined;
    for (const entry of list) {
      const { hash, signature } = entry;
      const recomputed = crypto.hash(storedBodyBytes(entry));
      const intact = recomputed === hash && crypto.actorIdOf(entry.signerPublicKey) === entry.by;
      if (!intact) problems.push({ kind: 'altered', chain, seq: entry.seq });
      const signed =
        entry.signerPublicKey === first.signerPublicKey &&
        crypto.verify(signature, auditSignatureMessage(hash), entry.signerPublicKey);
      if (!signed) problems.push({ kind: 'badSignature', chain, seq: entry.seq });

      if (prev && prev.seq === entry.seq) {
        problems.push({ kind: 'fork', chain, seq: entry.seq });
        continue;
      }
      if (entry.seq > expectedSeq) {
        problems.push({ kind: 'gap', chain, seq: entry.seq, missing: entry.seq - expectedSeq });
      } else {
        const link = prev ? prev.hash : GENESIS_HASH;
        // A link that does not match means the entry before was replaced or altered.
        if (entry.prevHash !== link && intact) {
          problems.push({ kind: 'altered', chain, seq: prev ? prev.seq : entry.seq });
        }
      }
      expectedSeq = entry.seq + 1;
      prev = entry;
    }
    const head = knownHeads[chain];
    if (head && prev && head.seq > prev.seq) {
      problems.push({ kind: 'gap', chain, seq: head.seq, missing: head.seq - prev.seq });
    } else if (head && prev && head.seq === prev.seq && head.hash !== prev.hash) {
      problems.push({ kind: 'altered', chain, seq: head.seq });
    }
  }
  for (const [chain, head] of Object.entries(knownHeads)) {
    if (!byChain.has(chain)) {
      problems.push({ kind: 'gap', chain, seq: head.seq, missing: head.seq + 1 });
    }
  }
  return { valid: problems.length === 0, entries: count, chains, problems };
}

export interface AuditFilter {
  kind?: AuditKind | undefined;
  by?: string | undefined;
  /** Inclusive days, 'YYYY-MM-DD', compared with the entry's UTC day. */
  from?: string | undefined;
  to?: string | undefined;
  sessionId?: string | undefined;
}

export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries
    .filter((e) => {
      const day = new Date(e.at).toISOString().slice(0, 10);
      return (
        (!filter.kind || e.kind === filter.kind) &&
        (!filter.by || e.by === filter.by) &&
        (!filter.sessionId || e.sessionId === filter.sessionId) &&
        (!filter.from || day >= filter.from) &&
        (!filter.to || day <= filter.to)
      );
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq);
}
