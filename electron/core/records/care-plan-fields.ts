import type * as Y from 'yjs';
import {
  IntakeAnswerValue,
  ProgressValue,
  type IntakeConflict,
  type ProgressConflict,
} from '../../../shared/api/case-conflicts';
import { FieldRegisters, fieldState, type FieldVersion } from './field-register';

/**
 * Intake answers and goal progress as conflict-keeping fields (issue #13, item 8;
 * field-register.ts): two people who answer the same intake question, or mark the same goal in
 * the same session, differently while apart both keep their value, with who and when, until a
 * person chooses. The registers live in the case document beside the household's, named
 * `intake:<question>` and `progress:<goal>:<session>`.
 *
 * The plain maps (`intakeAnswers`, `goalProgress`) are still written on every change: an older
 * app reads them, and a case whose answers predate the registers is read from them until its
 * first change moves each field into its register.
 */
export const intakeField = (itemId: string): string => `intake:${itemId}`;
export const progressField = (key: string): string => `progress:${key}`;

export interface Writer {
  by: string;
  at: string;
}

type Kept<T> = Array<{ value: T; by: string; at: string }>;

function valid<T>(versions: FieldVersion[], parse: (v: unknown) => T | undefined): Kept<T> {
  const out: Kept<T> = [];
  for (const v of versions) {
    const value = parse(v.value);
    if (value !== undefined) out.push({ value, by: v.by, at: v.at });
  }
  return out;
}

const asAnswer = (v: unknown): IntakeAnswerValue | undefined => {
  const parsed = IntakeAnswerValue.safeParse(v);
  if (!parsed.success) return undefined;
  // An empty answer is no answer: two people clearing a question agree.
  return parsed.data === '' ? null : parsed.data;
};

const asProgress = (v: unknown): ProgressValue | undefined => {
  const parsed = ProgressValue.safeParse(v);
  if (!parsed.success) return undefined;
  return parsed.data.note ? parsed.data : { level: parsed.data.level };
};

/** The intake answers kept in registers, by question: newest first, valid values only. */
export function intakeVersions(doc: Y.Doc): Map<string, Kept<IntakeAnswerValue>> {
  const out = new Map<string, Kept<IntakeAnswerValue>>();
  for (const [field, versions] of new FieldRegisters(doc).all()) {
    if (!field.startsWith('intake:')) continue;
    const kept = valid(versions, asAnswer);
    if (kept.length > 0) out.set(field.slice('intake:'.length), kept);
  }
  return out;
}

/** The goal progress kept in registers, by progress key (goal:session). */
export function progressVersions(doc: Y.Doc): Map<string, Kept<ProgressValue>> {
  const out = new Map<string, Kept<ProgressValue>>();
  for (const [field, versions] of new FieldRegisters(doc).all()) {
    if (!field.startsWith('progress:')) continue;
    const kept = valid(versions, asProgress);
    if (kept.length > 0) out.set(field.slice('progress:'.length), kept);
  }
  return out;
}

const inConflict = <T>(kept: Kept<T>): boolean => fieldState(kept).conflict;

export function intakeConflicts(doc: Y.Doc): IntakeConflict[] {
  return [...intakeVersions(doc)]
    .filter(([, kept]) => inConflict(kept))
    .map(([itemId, versions]) => ({ itemId, versions }))
    .sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
}

/** `where`: the goal and session of a progress key, from the mark the plain map holds. */
export function progressConflicts(
  doc: Y.Doc,
  where: (key: string) => { goalId: string; sessionId: string } | undefined,
): ProgressConflict[] {
  const out: ProgressConflict[] = [];
  for (const [key, versions] of progressVersions(doc)) {
    const place = where(key);
    if (place && inConflict(versions)) {
      out.push({ goalId: place.goalId, sessionId: place.sessionId, versions });
    }
  }
  return out.sort((a, b) => (a.goalId + a.sessionId < b.goalId + b.sessionId ? -1 : 1));
}

/** Writes an answer as this writer saw the question (a value equal to the shown one writes nothing). */
export function writeAnswer(
  doc: Y.Doc,
  itemId: string,
  shown: IntakeAnswerValue,
  next: IntakeAnswerValue,
  writer: Writer,
): void {
  if ((shown || null) === (next || null)) return;
  new FieldRegisters(doc).write(intakeField(itemId), next || null, writer.by, writer.at);
}

export function writeMark(
  doc: Y.Doc,
  key: string,
  shown: ProgressValue | undefined,
  next: ProgressValue,
  writer: Writer,
): void {
  const value = asProgress(next);
  if (shown && JSON.stringify(asProgress(shown)) === JSON.stringify(value)) return;
  new FieldRegisters(doc).write(progressField(key), value, writer.by, writer.at);
}

/** A person's choice: supersedes every kept version, logged with what it replaced. */
export function chooseAnswer(
  doc: Y.Doc,
  itemId: string,
  value: IntakeAnswerValue,
  writer: Writer,
): void {
  new FieldRegisters(doc).choose(intakeField(itemId), value || null, writer.by, writer.at);
}

export function chooseMark(doc: Y.Doc, key: string, value: ProgressValue, writer: Writer): void {
  new FieldRegisters(doc).choose(progressField(key), asProgress(value), writer.by, writer.at);
}
