import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { LockIcon } from './LockIcon';
import { NoteEditor } from './NoteEditor';
import { useDocumentSync } from './use-document-sync';
import type { SessionState } from './use-session';

/**
 * "Catatan pribadi": the counselor's own thoughts, in a document encrypted to the writer alone.
 * Marked as such so nobody writes there what the record needs, and never printed.
 */
export function PrivateNote(props: {
  detail: SessionDetail;
  onDetail: SessionState['onDetail'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const { sync, status } = useDocumentSync(
    props.detail.privateDocumentId,
    props.detail.privateDocumentState,
  );
  const { onDetail } = props;
  useEffect(() => onDetail((d) => sync.receive(d.privateDocumentState)), [onDetail, sync]);

  return (
    <section className="card private-note no-print" aria-labelledby="private-note-title">
      <h2 id="private-note-title">
        <LockIcon />
        {t('session.private.title')}
      </h2>
      <p className="private-badge">{t('session.private.badge')}</p>
      <NoteEditor
        sync={sync}
        status={status}
        labelledBy="private-note-title"
        emptyPromptKey="session.private.emptyPrompt"
        readOnly={props.detail.readOnly === 'erasureWaiting'}
      />
    </section>
  );
}
