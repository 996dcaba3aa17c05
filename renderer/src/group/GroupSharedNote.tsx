import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSessionDetail } from '../../../shared/api/groups';
import { useApi } from '../api/api-context';
import { DocumentSync } from '../session/document-sync';
import { NoteEditor } from '../session/NoteEditor';

/**
 * "Catatan bersama": the group's shared note, in the group's own document (sent with
 * groups.updateNote). Only those who hold every participant's case read it; the hint says so, so
 * what concerns one client is written in their part instead.
 */
export function GroupSharedNote(props: {
  detail: GroupSessionDetail;
  listen: (listener: (detail: GroupSessionDetail) => void) => () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const groupId = props.detail.meta.id;
  const [sync] = useState(
    () =>
      new DocumentSync(props.detail.documentId, props.detail.documentState, (_id, update) =>
        api.call('groups.updateNote', { groupId, update }),
      ),
  );
  const subscribe = useCallback((onChange: () => void) => sync.onStatus(onChange), [sync]);
  const status = useSyncExternalStore(subscribe, () => sync.status);
  const { listen } = props;
  useEffect(() => listen((d) => sync.receive(d.documentState)), [listen, sync]);
  useEffect(() => {
    sync.open();
    const flush = () => sync.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      sync.close();
    };
  }, [sync]);
  const { readOnly, mayWrite } = props.detail;

  return (
    <section className="card group-shared-note" aria-labelledby="group-note-title">
      <h2 id="group-note-title">{t('groups.sharedNote')}</h2>
      <p className="hint">{t('groups.sharedHint')}</p>
      {!mayWrite && <p className="notice">{t('groups.notWriter')}</p>}
      {readOnly && (
        <p className="notice" role="status">
          {t(`groups.readOnly.${readOnly}`)}
        </p>
      )}
      <NoteEditor
        sync={sync}
        status={status}
        labelledBy="group-note-title"
        emptyPromptKey="groups.sharedEmpty"
        readOnly={readOnly !== undefined || !mayWrite}
      />
    </section>
  );
}
