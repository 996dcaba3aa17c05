import { contextBridge, ipcRenderer } from 'electron';

/**
 * Forwards API frames between the page and the core's MessagePort, and nothing else. The frames
 * are validated by the core (requests) and by the renderer's client (responses and events).
 */
type Listener = (frame: unknown) => void;

const listeners = new Set<Listener>();
const pending: unknown[] = [];
let port: MessagePort | undefined;

ipcRenderer.on('core:port', (event) => {
  port = event.ports[0];
  if (!port) return;
  port.onmessage = (message: MessageEvent) => {
    for (const listener of listeners) listener(message.data);
  };
  for (const frame of pending.splice(0)) port.postMessage(frame);
});
ipcRenderer.send('core:connect');

// Desktop only: save a file the core made for export where the user chooses (a save dialog).
contextBridge.exposeInMainWorld('pendampingDesktop', {
  saveExport(ticket: string, suggestedName: string, mediaType: string): Promise<boolean> {
    return ipcRenderer.invoke(
      'app:save-export',
      String(ticket).slice(0, 32),
      String(suggestedName).slice(0, 120),
      String(mediaType).slice(0, 100),
    ) as Promise<boolean>;
  },
  // A follow-up reminder's notification was clicked: the page opens Home.
  onOpenHome(listener: () => void): () => void {
    const handler = (): void => listener();
    ipcRenderer.on('app:open-home', handler);
    return () => ipcRenderer.removeListener('app:open-home', handler);
  },
});

contextBridge.exposeInMainWorld('pendampingBridge', {
  send(frame: unknown): void {
    if (port) port.postMessage(frame);
    else pending.push(frame);
  },
  onMessage(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
});
