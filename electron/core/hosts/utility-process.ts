import { z } from 'zod';
import { LockReason } from '../../../shared/api/vault';
import { createCore, type Core } from '../index';
import { createLogger } from '../log';
import { forwardReminders } from './reminder-forwarding';

/**
 * The core's entry in Electron: a utility process that electron/main forks. It talks to main over
 * `process.parentPort` and to each window over its own MessagePort. It never imports 'electron'.
 */
interface PortLike {
  on(event: 'message', listener: (message: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  postMessage(message: unknown): void;
  start(): void;
}
interface ParentPort {
  on(event: 'message', listener: (message: { data: unknown; ports: PortLike[] }) => void): void;
  postMessage(message: unknown): void;
}

const ControlMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), dataDir: z.string(), version: z.string() }),
  z.object({ type: z.literal('connect') }),
  z.object({ type: z.literal('lock'), reason: LockReason }),
  z.object({ type: z.literal('shutdown') }),
  /** Main asks for a file made for export, once the person chose where it goes (issue #14). */
  z.object({
    type: z.literal('take-export'),
    ticket: z.string().max(64),
    replyTo: z.number().int(),
  }),
]);

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('the core host must run as an Electron utility process');

const log = createLogger({ name: 'core' });
let core: Promise<Core> | undefined;

function serve(port: PortLike, ready: Core): void {
  const unsubscribe = ready.events.subscribe((frame) => port.postMessage(frame));
  port.on('close', unsubscribe);
  port.on('message', ({ data }) => {
    void ready.dispatch(data).then((response) => {
      if (response) port.postMessage(response);
    });
  });
  port.start();
}

parentPort.on('message', ({ data, ports }) => {
  const parsed = ControlMessage.safeParse(data);
  if (!parsed.success) {
    log.warn({ reason: 'malformed control message' }, 'ignored');
    return;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'init':
      if (core) return;
      core = createCore({
        dataDir: message.dataDir,
        version: message.version,
        host: 'electron',
        log,
      });
      // Follow-up reminders also go to main, which shows them as the system's notifications.
      void core.then((ready) => forwardReminders(ready, (m) => parentPort.postMessage(m)));
      return;
    case 'connect': {
      const port = ports[0];
      if (core && port) void core.then((ready) => serve(port, ready));
      return;
    }
    case 'lock':
      void core?.then((ready) => ready.lock(message.reason));
      return;
    case 'take-export':
      void core?.then((ready) => {
        const file = ready.takeExport(message.ticket);
        parentPort.postMessage({
          type: 'export',
          replyTo: message.replyTo,
          file: file ? { fileName: file.fileName, bytes: new Uint8Array(file.bytes) } : null,
        });
      });
      return;
    case 'shutdown':
      void core?.then((ready) => {
        ready.close();
        process.exit(0);
      });
      return;
  }
});
