import * as Y from 'yjs';
import {
  Goal,
  IntakeAnswers,
  IntakeRecord,
  ProgressMark,
  progressKey,
} from '../../../shared/domain';
import type { CaseDocument } from './case-document';
import { readRecord, readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The intake assessment and the care plan, kept in the case's own document (issue #13, items 1
 * and 2): the same key scope as the case, so they sync, back up, hand over and are erased with it.
 *
 * - `intake`: which template version, first contact, who and when (fields of one map);
 * - `intakeAnswers`: one entry per question, so two people answering different questions while
 *   apart both keep theirs;
 * - `goals`: a map of records, one per goal, as referrals are kept;
 * - `goalProgress`: a map of records keyed goal:session, so a session's mark is replaced when the
 *   same session is marked again, and marks from different sessions never collide.
 */
const goalsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('goals');
const progressMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('goalProgress');

export function readIntake(
  c: CaseDocument,
): { record: IntakeRecord; answers: IntakeAnswers } | null {
  const record = readRecord(c.doc.getMap('intake'), IntakeRecord);
  if (!record) return null;
  const answers: IntakeAnswers = {};
  c.doc.getMap<unknown>('intakeAnswers').forEach((value, itemId) => {
    if (typeof value === 'string' && value) answers[itemId] = value;
  });
  return { record, answers };
}

/** Writes the record and the answers that changed; an answer now empty is removed. */
export function writeIntake(c: CaseDocument, record: IntakeRecord, answers: IntakeAnswers): void {
  writeFields(c.doc.getMap('intake'), record);
  const map = c.doc.getMap<unknown>('intakeAnswers');
  for (const key of [...map.keys()]) if (!(key in answers)) map.delete(key);
  for (const [itemId, text] of Object.entries(answers)) {
    if (map.get(itemId) !== text) map.set(itemId, text);
  }
}

export function readGoals(c: CaseDocument, onInvalid: () => void = () => undefined): Goal[] {
  return readRecords(goalsMap(c.doc), Goal, onInvalid);
}

export function putGoal(c: CaseDocument, goal: Goal): void {
  // A reason cleared by reopening is removed, not kept from the earlier change.
  writeFields(recordMap(goalsMap(c.doc), goal.id), { ...goal, statusNote: goal.statusNote });
}

export function readProgress(
  c: CaseDocument,
  onInvalid: () => void = () => undefined,
): ProgressMark[] {
  return readRecords(progressMap(c.doc), ProgressMark, onInvalid);
}

export function putProgress(c: CaseDocument, mark: ProgressMark): void {
  const map = recordMap(progressMap(c.doc), progressKey(mark.goalId, mark.sessionId));
  // A note cleared in a later marking of the same session is removed, not kept from before.
  writeFields(map, { ...mark, note: mark.note });
}
