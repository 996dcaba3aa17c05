import { describe, expect, it } from 'vitest';
import {
  auditBodyBytes,
  auditSignatureMessage,
  filterAudit,
  GENESIS_HASH,
  verifyAudit,
  type AuditEntry,
  type AuditKind,
} from '../../../../shared/domain';
import { testCrypto } from './support';

type Crypto = ReturnType<typeof testCrypto>;

/** A device's chain of `n` entries, linked and signed as the core writes them. */
function chain(crypto: Crypto, chainId: string, kinds: AuditKind[], minute0 = 0): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  kinds.forEach((kind, seq) => {
    const body = {
      v: 1 as const,
      chain: chainId,
      seq,
      kind,
      caseId: 'c1',
      sessionId: 's1',
      by: crypto.actorIdOf(crypto.keyHex),
      at: new Date(Date.UTC(2026, 0, 5, 9, minute0 + seq)).toISOString(),
      prevHash,
      signerPublicKey: crypto.keyHex,
    };
    const hash = crypto.hash(auditBodyBytes(body));
    out.push({ ...body, hash, signature: crypto.signHex(auditSignatureMessage(hash)) });
    prevHash = hash;
  });
  return out;
}

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);

describe('the audit trail of a case', () => {
  it('verifies a chain as the device wrote it', () => {
    const crypto = testCrypto();
    const result = verifyAudit(chain(crypto, A, ['opened', 'submitted', 'signed']), crypto);
    expect(result).toMatchObject({ valid: true, entries: 3, problems: [] });
  });

  it('finds a removed entry as a gap', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened', 'submitted', 'returned', 'signed']);
    entries.splice(1, 1);
    const result = verifyAudit(entries, crypto);
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual({ kind: 'gap', chain: A, seq: 2, missing: 1 });
  });

  it('finds an entry removed from the end when the device remembers its head', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened', 'submitted', 'signed']);
    const head = { seq: 2, hash: entries[2]?.hash ?? '' };
    expect(verifyAudit(entries, crypto, { [A]: head }).valid).toBe(true);
    const result = verifyAudit(entries.slice(0, 2), crypto, { [A]: head });
    expect(result.problems).toContainEqual({ kind: 'gap', chain: A, seq: 2, missing: 1 });
  });

  it('finds an altered entry, and a re-hashed one by its signature and broken link', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened', 'submitted', 'signed']);
    const altered = entries.map((e) => (e.seq === 1 ? { ...e, kind: 'returned' as const } : e));
    expect(verifyAudit(altered, crypto).problems).toContainEqual({
      kind: 'altered',
      chain: A,
      seq: 1,
    });

    // Someone who recomputes the hash still cannot sign it, and the next link breaks.
    const original = entries[1] as AuditEntry;
    const { signature } = original;
    const rebody = { ...original, kind: 'returned' as const };
    const rehashed = { ...rebody, hash: crypto.hash(auditBodyBytes(rebody)), signature };
    expect(rehashed.hash).not.toBe(original.hash);
    const problems = verifyAudit([entries[0], rehashed, entries[2]], crypto).problems;
    expect(problems).toContainEqual({ kind: 'badSignature', chain: A, seq: 1 });
    expect(problems).toContainEqual({ kind: 'altered', chain: A, seq: 1 });
  });

  it('finds a forged signature', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened']);
    const forged = { ...(entries[0] as AuditEntry), signature: 'ab'.repeat(64) };
    expect(verifyAudit([forged], crypto).problems).toEqual([
      { kind: 'badSignature', chain: A, seq: 0 },
    ]);
  });

  it('verifies two devices whose chains were merged into one array, interleaved', () => {
    const one = testCrypto();
    const two = testCrypto();
    const a = chain(one, A, ['opened', 'submitted', 'signed']);
    const b = chain(two, B, ['opened', 'returned'], 1);
    const merged = [a[0], b[0], a[1], b[1], a[2]];
    const result = verifyAudit(merged, one);
    expect(result.valid).toBe(true);
    expect(result.chains.map((c) => [c.chain, c.count])).toEqual([
      [A, 3],
      [B, 2],
    ]);
  });

  it('reports a fork when one chain has two entries with one number', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened', 'submitted']);
    const twin = chain(crypto, A, ['opened', 'returned'])[1] as AuditEntry;
    expect(verifyAudit([...entries, twin], crypto).problems).toContainEqual({
      kind: 'fork',
      chain: A,
      seq: 1,
    });
  });

  it('filters by kind, person and day, newest first', () => {
    const crypto = testCrypto();
    const entries = chain(crypto, A, ['opened', 'submitted', 'opened']);
    expect(filterAudit(entries, { kind: 'opened' }).map((e) => e.seq)).toEqual([2, 0]);
    expect(filterAudit(entries, { by: 'someone else' })).toEqual([]);
    expect(filterAudit(entries, { from: '2026-01-06' })).toEqual([]);
    expect(filterAudit(entries, { from: '2026-01-05', to: '2026-01-05' })).toHaveLength(3);
  });
});
