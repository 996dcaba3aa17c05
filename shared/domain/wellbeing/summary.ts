import { z } from 'zod';
import { IsoDateTime } from '../primitives';
import { Caseload } from './caseload';
import { WellbeingBand } from './score';
import { WellbeingTrend } from './trend';

/**
 * What a counselor may choose to share with the team (issue #13, item 7): the latest check's band
 * and trend, the caseload figures and whether a debrief is asked for. Never the answers to the
 * signs one by one, never the reflection: the schema is strict, so nothing else travels.
 */
export const WellbeingSummary = z
  .object({
    band: WellbeingBand.nullable(),
    trend: WellbeingTrend.nullable(),
    /** When the check the band comes from was made (null: no check yet). */
    checkedAt: IsoDateTime.nullable(),
    caseload: Caseload,
    debriefRequested: z.boolean(),
    sharedAt: IsoDateTime,
  })
  .strict();
export type WellbeingSummary = z.infer<typeof WellbeingSummary>;
