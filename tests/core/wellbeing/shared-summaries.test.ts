import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../electron/core/crypto';
import { readSummaries, signSummary, writeSummary } from '../../../electron/core/wellbeing';
import { toHex } from '../../../shared/encoding/hex';
import type { WellbeingSummary } from '../../../shared/domain';

const summary = (band: WellbeingSummary['band'], sharedAt: string): WellbeingSummary => ({
  band,
  trend: 'steady',
  checkedAt: '2026-12-01T08:00:00.000Z',
  caseload: { weeks: [], highRiskOpen: 1 },
  debriefRequested: false,
  sharedAt,
});

describe('wellbeing summaries in the team document', () => {
  beforeAll(async () => {
    await initSodium();
  });
  const member = () => {
    const keys = sodium().crypto_sign_keypair();
    return { publicKey: keys.publicKey, privateKey: keys.privateKey };
  };

  it("shows a member's newest summary, and none once they stop sharing", () => {
    const rina = member();
    const doc = new Y.Doc();
    writeSummary(doc, signSummary(rina, summary('low', '2026-12-01T09:00:00.000Z'), 1));
    writeSummary(doc, signSummary(rina, summary('high', '2026-12-02T09:00:00.000Z'), 2));
    const members = new Set([toHex(rina.publicKey)]);
    expect(readSummaries(doc, members).get(toHex(rina.publicKey))?.band).toBe('high');
    // An older entry arriving late does not replace the newer one.
    writeSummary(doc, signSummary(rina, summary('low', '2026-12-01T09:00:00.000Z'), 1));
    expect(readSummaries(doc, members).get(toHex(rina.publicKey))?.band).toBe('high');
    writeSummary(doc, signSummary(rina, null, 3));
    expect(readSummaries(doc, members).size).toBe(0);
  });

  it("ignores a summary forged under another member's key, and one from outside the team", () => {
    const rina = member();
    const mallory = member();
    const doc = new Y.Doc();
    const forged = signSummary(mallory, summary('high', '2026-12-02T09:00:00.000Z'), 5);
    writeSummary(doc, { ...forged, signPk: toHex(rina.publicKey) });
    writeSummary(doc, signSummary(mallory, summary('high', '2026-12-02T09:00:00.000Z'), 5));
    expect(readSummaries(doc, new Set([toHex(rina.publicKey)])).size).toBe(0);
  });

  it('signs nothing but a summary: extra fields such as a reflection are refused', () => {
    const rina = member();
    const withReflection = { ...summary('low', '2026-12-01T09:00:00.000Z'), reflection: 'x' };
    expect(() => signSummary(rina, withReflection as WellbeingSummary, 1)).toThrow();
  });
});
