import { useEffect } from 'react';
import { useApi } from '../api/api-context';

const REPORT_EVERY_MS = 20_000;

/** Tells the core the user is here (at most every 20 s), so the idle lock measures real absence. */
export function useActivityReporter(active: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const report = (): void => {
      const now = Date.now();
      if (now - last < REPORT_EVERY_MS) return;
      last = now;
      void api.call('app.activity', {}).catch(() => undefined);
    };
    const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, report, { passive: true });
    return () => {
      for (const kind of kinds) window.removeEventListener(kind, report);
    };
  }, [api, active]);
}
