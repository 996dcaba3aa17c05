import { useCallback, useEffect, useRef, useState } from 'react';
import type { GroupSessionDetail } from '../../../shared/api/groups';
import { useApi } from '../api/api-context';

/**
 * Loads a group session's shared part and keeps it current: loaded again when the shared
 * document or a participant's part changes (here or by sync). `listen` hands each new detail to
 * the shared note's editor, which merges its state.
 */
export function useGroup(groupId: string): {
  detail: GroupSessionDetail | null;
  error: unknown;
  accept: (detail: GroupSessionDetail) => void;
  listen: (listener: (detail: GroupSessionDetail) => void) => () => void;
} {
  const api = useApi();
  const [detail, setDetail] = useState<GroupSessionDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<GroupSessionDetail | null>(null);
  const listeners = useRef(new Set<(detail: GroupSessionDetail) => void>());

  const accept = useCallback((next: GroupSessionDetail) => {
    latest.current = next;
    setDetail(next);
    for (const listener of listeners.current) listener(next);
  }, []);

  const load = useCallback(() => {
    api.call('groups.get', { groupId }).then(
      (loaded) => {
        setError(null);
        accept(loaded);
      },
      (e: unknown) => setError(e),
    );
  }, [api, groupId, accept]);

  useEffect(load, [load]);

  useEffect(
    () =>
      api.on('records.changed', ({ documentIds }) => {
        const shown = latest.current;
        const ours = shown
          ? [shown.documentId, ...shown.participants.map((p) => `session-${p.sessionId}`)]
          : [`group-${groupId}`];
        if (documentIds.some((id) => ours.includes(id))) load();
      }),
    [api, groupId, load],
  );

  const listen = useCallback((listener: (detail: GroupSessionDetail) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  return { detail, error, accept, listen };
}
