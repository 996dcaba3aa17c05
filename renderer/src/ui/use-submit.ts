import { useCallback, useState } from 'react';

export interface Submit {
  busy: boolean;
  error: unknown;
  /** Runs one call to the core; its error is kept for an <ErrorAlert>, never thrown. */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
