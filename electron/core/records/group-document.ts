import * as Y from 'yjs';
import { GroupParticipant, GroupSessionMeta } from '../../../shared/domain';
import { noteText } from './note-text';
import { readRecord, readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The shared part of a group session as a Yjs document: the meeting's meta, the participants
 * (each a case and the session in it that holds their part) and the shared note, an XmlFragment
 * 'note' that the renderer's editor binds to as it does for a session's note. It is written under
 * the group's own key (docs/security.md, "Group sessions"), never under a case's.
 */
export class GroupDocument {
  constructor(
    readonly doc: Y.Doc,
    private readonly onInvalid: (what: string) => void = () => undefined,
  ) {}

  meta(): GroupSessionMeta | undefined {
    return readRecord(this.doc.getMap('meta'), GroupSessionMeta);
  }

  setMeta(meta: GroupSessionMeta): void {
    writeFields(this.doc.getMap('meta'), meta);
  }

  private participantMap(): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap('participants');
  }

  /** Keyed by case: a case takes part once, however many devices added it while apart. */
  participants(): GroupParticipant[] {
    return readRecords(this.participantMap(), GroupParticipant, () =>
      this.onInvalid('participant'),
    ).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  }

  participant(caseId: string): GroupParticipant | undefined {
    return this.participants().find((p) => p.caseId === caseId);
  }

  putParticipant(participant: GroupParticipant): void {
    writeFields(recordMap(this.participantMap(), participant.caseId), participant);
  }

  /** Erasure of a participant's case takes them out of the meeting; the others stay. */
  removeParticipant(caseId: string): boolean {
    if (!this.participantMap().has(caseId)) return false;
    this.participantMap().delete(caseId);
    return true;
  }

  noteText(): string {
    return noteText(this.doc.getXmlFragment('note'));
  }
}
