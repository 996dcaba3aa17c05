import * as Y from 'yjs';
import { FollowUp } from '../../../shared/domain';
import type { CaseDocument } from './case-document';
import { readRecords, recordMap, writeFields } from './ymap-records';

/**
 * A case's follow-up plan (issue #13, item 6), kept in the case's own document like the care
 * plan: the same key scope as the case, so it syncs, backs up, hands over and is erased with it.
 * One map of fields per follow-up, so two people changing different meetings (or different
 * fields of one) while apart both keep their change.
 */
const followUpsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('followUps');

export function readFollowUps(
  c: CaseDocument,
  onInvalid: () => void = () => undefined,
): FollowUp[] {
  return readRecords(followUpsMap(c.doc), FollowUp, onInvalid);
}

export function putFollowUp(c: CaseDocument, followUp: FollowUp): void {
  // Optional fields cleared (a note emptied, a done undone) are removed, not kept from before.
  writeFields(recordMap(followUpsMap(c.doc), followUp.id), {
    ...followUp,
    note: followUp.note,
    doneAt: followUp.doneAt,
    doneBy: followUp.doneBy,
    sessionId: followUp.sessionId,
  });
}

export function removeFollowUp(c: CaseDocument, id: string): void {
  followUpsMap(c.doc).delete(id);
}
