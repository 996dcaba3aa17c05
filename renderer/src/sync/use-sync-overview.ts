import { useEffect, useState } from 'react';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';

/** The core's sync overview, kept live by its sync.changed events; null until the first answer. */
export function useSyncOverview(): [SyncOverview | null, (o: SyncOverview) => void] {
  const api = useApi();
  const [overview, setOverview] = useState<SyncOverview | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('sync.status', {}).then(
      (o) => live && setOverview(o),
      () => undefined,
    );
    const off = api.on('sync.changed', setOverview);
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return [overview, setOverview];
}

/** Whether the browser believes the machine is online (Chromium asks the operating system). */
export function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = (): void => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
