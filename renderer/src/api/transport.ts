import type { Transport } from '../../../shared/api/client';
import type { RequestFrame } from '../../../shared/api/wire';

interface PreloadBridge {
  send(frame: unknown): void;
  onMessage(listener: (frame: unknown) => void): () => void;
}

declare global {
  interface Window {
    pendampingBridge?: PreloadBridge;
  }
}

/** Electron's preload bridge when it is there; otherwise the web host's WebSocket. */
export function createTransport(onClosed: () => void): Transport {
  const bridge = window.pendampingBridge;
  if (bridge) {
    return {
      send: (frame) => bridge.send(frame),
      onMessage: (listener) => void bridge.onMessage(listener),
    };
  }
  return webSocketTransport(onClosed);
}

function webSocketTransport(onClosed: () => void): Transport {
  const url = new URL('/api', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url);
  const queue: RequestFrame[] = [];
  const listeners: ((raw: unknown) => void)[] = [];
  socket.addEventListener('open', () => {
    for (const frame of queue.splice(0)) socket.send(JSON.stringify(frame));
  });
  socket.addEventListener('close', onClosed);
  socket.addEventListener('message', (event: MessageEvent<string>) => {
    let frame: unknown;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return;
    }
    for (const listener of listeners) listener(frame);
  });
  return {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
      else queue.push(frame);
    },
    onMessage: (listener) => void listeners.push(listener),
  };
}
