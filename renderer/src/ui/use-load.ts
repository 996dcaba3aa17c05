import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  /** Loads again (after an edit elsewhere). */
  reload: () => void;
  /** Replaces the data with what a mutation returned. */
  setData: (data: T) => void;
}

/**
 * Runs `load` when it changes (wrap it in useCallback) and keeps the latest answer. An answer that
 * arrives after the component moved on is dropped.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({
    data: null,
    error: null,
  });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => live && setState((s) => ({ data: s.data, error })),
    );
    return () => {
      live = false;
    };
  }, [load, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  // Changes synced from other devices: whatever this screen shows is loaded again.
  const api = useApi();
  useEffect(() => api.on('records.changed', reload), [api, reload]);
  const setData = useCallback((data: T) => setState({ data, error: null }), []);
  return { ...state, reload, setData };
}
