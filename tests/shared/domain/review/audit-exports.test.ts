import { describe, expect, it } from 'vitest';
import {
  AuditEntry,
  auditBodyBytes,
  auditSignatureMessage,
  GENESIS_HASH,
  verifyAudit,
} from '../../../../shared/domain';
import { canonicalJson as canonical } from '../../../../shared/domain/review/canonical';
import { testCrypto } from './support';

function exported(what?: 'referralLetter', format?: 'pdf'): AuditEntry {
  const crypto = testCrypto();
  const body = {
    v: 1 as const,
    chain: 'a'.repeat(32),
    seq: 0,
    kind: 'exported' as const,
    caseId: 'c1',
    ...(what ? { what } : {}),
    ...(format ? { format } : {}),
    by: crypto.actorIdOf(crypto.keyHex),
    at: '2026-12-01T09:00:00.000Z',
    prevHash: GENESIS_HASH,
    signerPublicKey: crypto.keyHex,
  };
  const hash = crypto.hash(auditBodyBytes(body));
  return { ...body, hash, signature: crypto.signHex(auditSignatureMessage(hash)) };
}

describe('an export in the audit trail (issue #14, item 6)', () => {
  it('names what left the vault and in which format, and verifies', () => {
    const entry = exported('referralLetter', 'pdf');
    expect(AuditEntry.parse(entry)).toMatchObject({ what: 'referralLetter', format: 'pdf' });
    expect(verifyAudit([entry], testCrypto()).valid).toBe(true);
  });

  it('shows as altered when someone rewrites what was exported', () => {
    const entry = { ...exported('referralLetter', 'pdf'), what: 'backup' as const };
    const result = verifyAudit([entry], testCrypto());
    expect(result.problems.map((p) => p.kind)).toContain('altered');
  });

  it('still verifies an entry written before exports said what they were', () => {
    expect(verifyAudit([exported()], testCrypto()).valid).toBe(true);
  });

  it('verifies an entry of a newer version: a kind, an export and a field this one does not know', () => {
    const crypto = testCrypto();
    const body = {
      ...exported(),
      kind: 'printedTwice',
      what: 'libraryFile',
      format: 'epub',
      copies: 2,
      by: crypto.actorIdOf(crypto.keyHex),
      signerPublicKey: crypto.keyHex,
    } as Record<string, unknown>;
    delete body.hash;
    delete body.signature;
    // A newer version hashes every field it writes, as this one does.
    const hash = crypto.hash(new TextEncoder().encode(`pendamping/audit/v1\n${canonical(body)}`));
    const entry = { ...body, hash, signature: crypto.signHex(auditSignatureMessage(hash)) };
    expect(verifyAudit([entry], crypto)).toMatchObject({ valid: true, entries: 1 });
    // ... and still finds one of those fields changed afterwards.
    expect(verifyAudit([{ ...entry, copies: 3 }], crypto).problems.map((p) => p.kind)).toContain(
      'altered',
    );
  });
});
