import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionDetail } from '../../../shared/api/records';
import { useApi } from '../api/api-context';

export type SessionChange = (current: SessionDetail) => Promise<SessionDetail>;

export interface SessionState {
  detail: SessionDetail | null;
  /** The last failure (loading or saving), for errorText. */
  error: unknown;
  /** Runs changes one after another, each built from the newest detail the core returned. */
  change: (make: SessionChange) => Promise<void>;
  /** Every detail the core returns, also the ones the editors need to merge. */
  onDetail: (listener: (detail: SessionDetail) => void) => () => void;
}

/**
 * Loads a session and applies changes to it in order. Serialising matters: two quick answers on
 * the risk screen must both be in the map sent last, so each change starts from the result of the
 * one before, never from a stale render. Changes that arrive by sync are loaded in the same order.
 */
export function useSession(sessionId: string): SessionState {
  const api = useApi();
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<SessionDetail | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const listeners = useRef(new Set<(detail: SessionDetail) => void>());

  const accept = useCallback((next: SessionDetail) => {
    latest.current = next;
    setDetail(next);
    for (const listener of listeners.current) listener(next);
  }, []);

  useEffect(() => {
    let current = true;
    api.call('sessions.get', { sessionId }).then(
      (loaded) => {
        if (!current) return;
        setError(null);
        accept(loaded);
      },
      (e: unknown) => {
        if (current) setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, sessionId, accept]);

  const change = useCallback(
    (make: SessionChange): Promise<void> => {
      const run = queue.current.then(async () => {
        const from = latest.current;
        if (!from) return;
        try {
          accept(await make(from));
          setError(null);
        } catch (e) {
          setError(e);
        }
      });
      queue.current = run;
      return run;
    },
    [accept],
  );

  // Changes synced from other devices (a comment, an addendum, a co-worker's edit of the note):
  // loaded again in turn with local changes, so neither overwrites the other, and the editors
  // merge the new document state through onDetail.
  useEffect(
    () =>
      api.on('records.changed', ({ documentIds }) => {
        const shown = latest.current;
        if (!shown) return;
        const ours = [shown.documentId, shown.privateDocumentId];
        if (!documentIds.some((id) => ours.includes(id))) return;
        queue.current = queue.current.then(async () => {
          try {
            accept(await api.call('sessions.get', { sessionId }));
          } catch (e) {
            setError(e);
          }
        });
      }),
    [api, sessionId, accept],
  );

  const onDetail = useCallback((listener: (detail: SessionDetail) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  return { detail, error, change, onDetail };
}
