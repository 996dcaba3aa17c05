import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../api/api-context';
import { DocumentSync, type SaveStatus } from './document-sync';

/**
 * The renderer's copy of one document for as long as the component lives (mount it with
 * `key={documentId}`). It is seeded once from the state the core sent when the screen opened;
 * later states arrive through `sync.receive`. What is waiting is flushed on unmount and when the
 * page is hidden or unloaded, so the last ~300 ms of typing are not lost.
 */
export function useDocumentSync(
  documentId: string,
  initialState: string,
): { sync: DocumentSync; status: SaveStatus } {
  const api = useApi();
  const [sync] = useState(
    () =>
      new DocumentSync(documentId, initialState, (id, update) =>
        api.call('documents.update', { documentId: id, update }),
      ),
  );
  const subscribe = useCallback((onChange: () => void) => sync.onStatus(onChange), [sync]);
  const status = useSyncExternalStore(subscribe, () => sync.status);

  useEffect(() => {
    sync.open();
    const flush = () => sync.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') sync.flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      sync.close();
    };
  }, [sync]);

  return { sync, status };
}
