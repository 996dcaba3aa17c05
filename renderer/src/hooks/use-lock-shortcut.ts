import { useEffect } from 'react';
import { useApi } from '../api/api-context';

/**
 * Ctrl/Cmd+Shift+L locks the vault from anywhere in the window. (In Electron the menu also
 * offers Ctrl/Cmd+L; a browser keeps that one for its address bar.)
 */
export function useLockShortcut(active: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void api.call('vault.lock', {});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api, active]);
}
