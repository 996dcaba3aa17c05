import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';

/** The core's progress for a backup or restore, as a whole percentage (null when idle). */
export function useBackupProgress(phase: 'export' | 'restore'): number | null {
  const api = useApi();
  const [percent, setPercent] = useState<number | null>(null);
  useEffect(
    () =>
      api.on('backup.progress', (p) => {
        if (p.phase === phase) setPercent(p.total > 0 ? Math.round((100 * p.done) / p.total) : 0);
      }),
    [api, phase],
  );
  return percent;
}
