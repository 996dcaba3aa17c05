import * as Y from 'yjs';
import { z } from 'zod';
import {
  CaseStatus,
  IsoDate,
  IsoDateTime,
  Label,
  RecordId,
  ReferralStatus,
  RiskLevel,
  SessionChannel,
} from '../../../shared/domain';
import { readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The per-user index (ARCHITECTURE.md, "Documents"): what the lists need, so they render without
 * opening every case and session. It is derived from those documents and rewritten whenever one
 * of them changes; it is encrypted like them, with the personal key.
 */
export const IndexedCase = z.object({
  id: RecordId,
  alias: z.string(),
  status: CaseStatus,
  tags: z.array(z.string()),
  createdAt: IsoDateTime,
  riskFlagged: z.boolean(),
  riskLevel: RiskLevel,
  /** The case's content is in a document this device can read; false when only a summary arrived. */
  readable: z.boolean().optional(),
});
export type IndexedCase = z.infer<typeof IndexedCase>;

export const IndexedSession = z.object({
  id: RecordId,
  caseId: RecordId,
  startsAt: IsoDateTime,
  durationMinutes: z.number(),
  channel: SessionChannel,
  riskLevel: RiskLevel,
  /** When the risk screen was last answered: the case flag is computed from these. */
  riskAt: IsoDateTime.optional(),
  stageTitle: Label.optional(),
});
export type IndexedSession = z.infer<typeof IndexedSession>;

export const IndexedReferral = z.object({
  id: RecordId,
  caseId: RecordId,
  followUpDate: IsoDate,
  status: ReferralStatus,
});
export type IndexedReferral = z.infer<typeof IndexedReferral>;

export class IndexDocument {
  constructor(
    private readonly doc: Y.Doc,
    private readonly onInvalid: (what: string) => void = () => undefined,
  ) {}

  private map(name: 'cases' | 'sessions' | 'referrals'): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap(name);
  }

  cases(): IndexedCase[] {
    return readRecords(this.map('cases'), IndexedCase, () => this.onInvalid('case'));
  }

  sessions(): IndexedSession[] {
    return readRecords(this.map('sessions'), IndexedSession, () => this.onInvalid('session'));
  }

  referrals(): IndexedReferral[] {
    return readRecords(this.map('referrals'), IndexedReferral, () => this.onInvalid('referral'));
  }

  putCase(entry: IndexedCase): void {
    writeFields(recordMap(this.map('cases'), entry.id), entry);
  }

  putSession(entry: IndexedSession): void {
    writeFields(recordMap(this.map('sessions'), entry.id), entry);
  }

  putReferral(entry: IndexedReferral): void {
    writeFields(recordMap(this.map('referrals'), entry.id), entry);
  }
}
