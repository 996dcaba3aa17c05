import { z } from 'zod';
import { ActorId, IsoDate, RecordId } from '../primitives';
import { CapacityId, CapacityScore } from './capacities';
import { BurnoutSignId, CompassionFatigueSignId, Frequency, SymptomId } from './signs';

/**
 * One resilience assessment, usually made in a session. A missing key is an unanswered item, so
 * a partial assessment is valid and an item added later does not invalidate old ones.
 */
export const ResilienceAssessment = z.object({
  id: RecordId,
  caseId: RecordId,
  sessionId: RecordId.optional(),
  date: IsoDate,
  assessedBy: ActorId,
  capacities: z.partialRecord(CapacityId, CapacityScore),
  symptoms: z.partialRecord(SymptomId, Frequency),
  burnout: z.partialRecord(BurnoutSignId, Frequency),
  compassionFatigue: z.partialRecord(CompassionFatigueSignId, Frequency),
  note: z.string().optional(),
});
export type ResilienceAssessment = z.infer<typeof ResilienceAssessment>;
