import * as Y from 'yjs';
import {
  Goal,
  IntakeAnswers,
  IntakeRecord,
  ProgressMark,
  progressKey,
} from '../../../shared/domain';
import type { CaseDocument } from './case-document';
import type { IntakeConflict, ProgressConflict } from '../../../shared/api/case-conflicts';
import {
  chooseAnswer,
  chooseMark,
  intakeConflicts,
  intakeVersions,
  progressConflicts,
  progressVersions,
  writeAnswer,
  writeMark,
  type Writer,
} from './care-plan-fields';
import { readRecord, readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The intake assessment and the care plan, kept in the case's own document (issue #13, items 1
 * and 2): the same key scope as the case, so they sync, back up, hand over and are erased with it.
 *
 * - `intake`: which template version, first contact, who and when (fields of one map);
 * - `intakeAnswers`: one entry per question, so two people answering different questions while
 *   apart both keep theirs; the same question answered differently apart keeps both values in
 *   its register (care-plan-fields.ts) until a person chooses;
 * - `goals`: a map of records, one per goal, as referrals are kept;
 * - `goalProgress`: a map of records keyed goal:session, so a session's mark is replaced when the
 *   same session is marked again, and marks from different sessions never collide; two marks of
 *   the same goal and session set apart are both kept in its register until a person chooses.
 */
const goalsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('goals');
const progressMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('goalProgress');

export function readIntake(
  c: CaseDocument,
): { record: IntakeRecord; answers: IntakeAnswers } | null {
  const record = readRecord(c.doc.getMap('intake'), IntakeRecord);
  if (!record) return null;
  const answers = new Map<string, string>();
  c.doc.getMap<unknown>('intakeAnswers').forEach((value, itemId) => {
    if (typeof value === 'string' && value) answers.set(itemId, value);
  });
  // The register's newest value is the one shown; the others wait for a person's choice.
  for (const [itemId, [shown]] of intakeVersions(c.doc)) {
    if (shown?.value) answers.set(itemId, shown.value);
    else answers.delete(itemId);
  }
  return { record, answers: Object.fromEntries(answers) };
}

/**
 * Writes the record and each answer that differs from the one shown (into its register, and the
 * plain map); an answer now empty is removed. A question in conflict keeps its values while the
 * form sends the shown one back unchanged: only a choice (or a new answer) resolves it.
 */
export function writeIntake(
  c: CaseDocument,
  record: IntakeRecord,
  answers: IntakeAnswers,
  writer: Writer,
): void {
  const shown = readIntake(c)?.answers ?? {};
  writeFields(c.doc.getMap('intake'), record);
  const map = c.doc.getMap<unknown>('intakeAnswers');
  for (const itemId of new Set([...Object.keys(shown), ...Object.keys(answers), ...map.keys()])) {
    writeAnswer(c.doc, itemId, shown[itemId] ?? null, answers[itemId] ?? null, writer);
  }
  for (const key of [...map.keys()]) if (!(key in answers)) map.delete(key);
  for (const [itemId, text] of Object.entries(answers)) {
    if (map.get(itemId) !== text) map.set(itemId, text);
  }
}

/** A person's choice for one question: every kept answer is superseded. */
export function resolveIntakeAnswer(
  c: CaseDocument,
  itemId: string,
  value: string | null,
  writer: Writer,
): void {
  chooseAnswer(c.doc, itemId, value, writer);
  const map = c.doc.getMap<unknown>('intakeAnswers');
  if (value) map.set(itemId, value);
  else map.delete(itemId);
}

export function readIntakeConflicts(c: CaseDocument): IntakeConflict[] {
  return intakeConflicts(c.doc);
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
  const kept = progressVersions(c.doc);
  return readRecords(progressMap(c.doc), ProgressMark, onInvalid).map((mark) => {
    const [shown] = kept.get(progressKey(mark.goalId, mark.sessionId)) ?? [];
    if (!shown) return mark;
    const next: ProgressMark = { ...mark, level: shown.value.level, by: shown.by, at: shown.at };
    if (shown.value.note) next.note = shown.value.note;
    else delete next.note;
    return next;
  });
}

/** Writes a session's mark on a goal; one equal to the mark shown writes nothing. */
export function putProgress(c: CaseDocument, mark: ProgressMark): void {
  const key = progressKey(mark.goalId, mark.sessionId);
  const shown = readProgress(c).find((m) => progressKey(m.goalId, m.sessionId) === key);
  const value = { level: mark.level, ...(mark.note ? { note: mark.note } : {}) };
  writeMark(
    c.doc,
    key,
    shown && { level: shown.level, ...(shown.note ? { note: shown.note } : {}) },
    value,
    { by: mark.by, at: mark.at },
  );
  const map = recordMap(progressMap(c.doc), key);
  // A note cleared in a later marking of the same session is removed, not kept from before.
  writeFields(map, { ...mark, note: mark.note });
}

/** A person's choice for one goal in one session: every kept mark is superseded. */
export function resolveProgress(c: CaseDocument, mark: ProgressMark, writer: Writer): void {
  const key = progressKey(mark.goalId, mark.sessionId);
  chooseMark(c.doc, key, { level: mark.level, ...(mark.note ? { note: mark.note } : {}) }, writer);
  writeFields(recordMap(progressMap(c.doc), key), { ...mark, note: mark.note });
}

export function readProgressConflicts(c: CaseDocument): ProgressConflict[] {
  const marks = new Map(
    readRecords(progressMap(c.doc), ProgressMark, () => undefined).map((m) => [
      progressKey(m.goalId, m.sessionId),
      m,
    ]),
  );
  return progressConflicts(c.doc, (key) => marks.get(key));
}
