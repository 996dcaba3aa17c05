import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { NoteAuthorship, ReadOnlyNoteNotice } from '../review/NoteAuthorship';
import { NoteEditor } from './NoteEditor';
import { useDocumentSync } from './use-document-sync';
import type { SessionState } from './use-session';

/**
 * "Catatan sesi": the note of the session, in the session's own document. Written by the case's
 * counselor only: anyone else (a supervisor) reads it, and the core refuses their changes too.
 */
export function SessionNote(props: {
  detail: SessionDetail;
  onDetail: SessionState['onDetail'];
  onEditor?: (editor: Editor | null) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { sync, status } = useDocumentSync(props.detail.documentId, props.detail.documentState);
  // Each answer of the core carries the document's state; merging it keeps this copy current.
  const { onDetail } = props;
  useEffect(() => onDetail((d) => sync.receive(d.documentState)), [onDetail, sync]);
  const { authorship } = props.detail;
  const notTheWriter = authorship?.mayWrite === false;

  return (
    <section className="card session-note" aria-labelledby="session-note-title">
      <h2 id="session-note-title">{t('session.note.title')}</h2>
      {authorship && <ReadOnlyNoteNotice authorship={authorship} />}
      <NoteEditor
        sync={sync}
        status={status}
        labelledBy="session-note-title"
        emptyPromptKey="session.note.emptyPrompt"
        offerSections
        readOnly={props.detail.readOnly !== undefined || notTheWriter}
        {...(props.onEditor ? { onEditor: props.onEditor } : {})}
      />
      {authorship && <NoteAuthorship authorship={authorship} />}
    </section>
  );
}
