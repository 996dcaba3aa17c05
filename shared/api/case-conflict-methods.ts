import { z } from 'zod';
import { RecordId } from '../domain';
import { IntakeAnswerValue, ProgressValue } from './case-conflicts';
import { CaseDetail } from './records';

/** A person's choice between kept values of the case's intake or care plan (issue #13, item 8). */
export const caseConflictMethods = {
  /** The answer chosen (one of those kept, usually) supersedes every kept version. */
  'intake.resolveConflict': {
    input: z.object({
      caseId: RecordId,
      itemId: z.string().min(1).max(200),
      value: IntakeAnswerValue,
    }),
    output: CaseDetail,
  },
  /** The mark chosen for one goal in one session supersedes every kept version. */
  'carePlan.resolveProgressConflict': {
    input: z.object({
      caseId: RecordId,
      goalId: RecordId,
      sessionId: RecordId,
      value: ProgressValue,
    }),
    output: CaseDetail,
  },
} as const;
