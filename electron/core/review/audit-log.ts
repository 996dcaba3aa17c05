import * as Y from 'yjs';
import {
  AUDIT_VERSION,
  AuditEntry,
  auditBodyBytes,
  auditSignatureMessage,
  filterAudit,
  GENESIS_HASH,
  verifyAudit,
  type AuditBody,
  type AuditFilter,
  type AuditKind,
  type AuditVerification,
  type ExportFormat,
  type ExportWhat,
} from '../../../shared/domain';
import { randomBytes } from '../crypto';
import type { RecordsContext } from '../records/records-context';
import { reviewCrypto, signHex, type Signer } from './review-crypto';
import { toHex } from '../../../shared/encoding/hex';

/**
 * The case's audit trail (shared/domain/review/audit.ts says why it is shaped so): entries live
 * in the case document's 'audit' Y.Array, so they are encrypted and synced with the case.
 *
 * This device's chain id and the head of its chain per case are kept in 'device-local', a
 * personal document that must stay on this device (it never syncs: another device has its own
 * chain). The remembered head lets this device see an entry removed from the end of its chain.
 */
export const DEVICE_DOCUMENT = 'device-local';

function deviceDoc(ctx: RecordsContext): Y.Doc {
  if (!ctx.store.documentKind(DEVICE_DOCUMENT))
    ctx.store.setDocumentKind(DEVICE_DOCUMENT, 'device');
  return ctx.docs.open(DEVICE_DOCUMENT);
}

/** This device's audit chain id, made once. */
export function deviceChainId(ctx: RecordsContext): string {
  const doc = deviceDoc(ctx);
  const existing = doc.getMap<unknown>('audit').get('chain');
  if (typeof existing === 'string') return existing;
  const chain = toHex(randomBytes(16));
  ctx.docs.transact(DEVICE_DOCUMENT, (d) => d.getMap<unknown>('audit').set('chain', chain));
  return chain;
}

type Head = { seq: number; hash: string };

function knownHeads(ctx: RecordsContext, caseId: string): Record<string, Head> {
  const head = deviceDoc(ctx).getMap<unknown>('auditHeads').get(caseId) as Head | undefined;
  return head && typeof head.seq === 'number' ? { [deviceChainId(ctx)]: head } : {};
}

function auditArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>('audit');
}

/** Appends one signed entry to this device's chain in the case's trail. */
export function recordAudit(
  ctx: RecordsContext,
  signer: Signer,
  event: {
    caseId: string;
    kind: AuditKind;
    sessionId?: string | undefined;
    /** For an export: what left the vault and how (issue #14, item 6). */
    what?: ExportWhat | undefined;
    format?: ExportFormat | undefined;
    /** For a saved copy of an attachment: which one (never its name). */
    attachmentId?: string | undefined;
  },
): AuditEntry {
  const chain = deviceChainId(ctx);
  const caseDoc = ctx.caseDocument(event.caseId).doc;
  let last: AuditEntry | undefined;
  for (const value of auditArray(caseDoc).toArray()) {
    const parsed = AuditEntry.safeParse(value);
    if (parsed.success && parsed.data.chain === chain && (!last || parsed.data.seq > last.seq)) {
      last = parsed.data;
    }
  }
  const head = knownHeads(ctx, event.caseId)[chain];
  // If the trail lost this chain's last entries, continue after the remembered head: the hole
  // stays visible as a gap instead of being papered over by a fresh link.
  const previous: Head | undefined =
    head && (!last || head.seq > last.seq)
      ? head
      : last
        ? { seq: last.seq, hash: last.hash }
        : undefined;
  const body: AuditBody = {
    v: AUDIT_VERSION,
    chain,
    seq: previous ? previous.seq + 1 : 0,
    kind: event.kind,
    caseId: event.caseId,
    ...(event.sessionId ? { sessionId: event.sessionId } : {}),
    ...(event.what ? { what: event.what } : {}),
    ...(event.format ? { format: event.format } : {}),
    ...(event.attachmentId ? { attachmentId: event.attachmentId } : {}),
    by: ctx.actorId,
    at: ctx.nowIso(),
    prevHash: previous ? previous.hash : GENESIS_HASH,
    signerPublicKey: toHex(signer.publicKey),
  };
  const hash = reviewCrypto.hash(auditBodyBytes(body));
  const entry: AuditEntry = {
    ...body,
    hash,
    signature: signHex(auditSignatureMessage(hash), signer),
  };
  ctx.editCase(event.caseId, (c) => auditArray(c.doc).push([entry]), 'audit');
  ctx.docs.transact(DEVICE_DOCUMENT, (d) =>
    d.getMap<unknown>('auditHeads').set(event.caseId, { seq: entry.seq, hash }),
  );
  return entry;
}

export function auditOf(
  ctx: RecordsContext,
  caseId: string,
  filter: AuditFilter,
): { entries: AuditEntry[]; people: string[]; verification: AuditVerification } {
  const raw = auditArray(ctx.caseDocument(caseId).doc).toArray();
  const verification = verifyAudit(raw, reviewCrypto, knownHeads(ctx, caseId));
  const all = raw.flatMap((value) => {
    const parsed = AuditEntry.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    entries: filterAudit(all, filter),
    people: [...new Set(all.map((e) => e.by))].sort(),
    verification,
  };
}

/** "Opened" is recorded at most once per session per unlock, to keep the trail small. */
const openedThisUnlock = new WeakMap<RecordsContext, Set<string>>();

export function recordOpened(
  ctx: RecordsContext,
  signer: Signer,
  caseId: string,
  sessionId: string,
): void {
  const seen = openedThisUnlock.get(ctx) ?? new Set<string>();
  openedThisUnlock.set(ctx, seen);
  if (seen.has(sessionId)) return;
  seen.add(sessionId);
  recordAudit(ctx, signer, { caseId, kind: 'opened', sessionId });
}

/**
 * A change of a note another person wrote (issue #12): recorded once per session per unlock, as
 * "opened" is; the attribution in the session document says which words, this says who and when.
 */
const editedThisUnlock = new WeakMap<RecordsContext, Set<string>>();

export function recordEdited(
  ctx: RecordsContext,
  signer: Signer,
  caseId: string,
  sessionId: string,
): void {
  const seen = editedThisUnlock.get(ctx) ?? new Set<string>();
  editedThisUnlock.set(ctx, seen);
  if (seen.has(sessionId)) return;
  seen.add(sessionId);
  recordAudit(ctx, signer, { caseId, kind: 'edited', sessionId });
}
