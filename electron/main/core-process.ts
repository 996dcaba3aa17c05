import { join } from 'node:path';
import { app, MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import type { LockReason } from '../../shared/api/vault';

/** Starts the core off the UI thread and hands each window its own MessagePort to it. */
export class CoreProcess {
  private child: UtilityProcess | undefined;

  start(onUnexpectedExit: () => void): void {
    const child = utilityProcess.fork(join(__dirname, 'core.js'), [], {
      serviceName: 'Pendamping core',
      stdio: 'inherit',
    });
    child.postMessage({
      type: 'init',
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
    });
    child.once('exit', () => {
      if (this.child === child) {
        this.child = undefined;
        onUnexpectedExit();
      }
    });
    this.child = child;
  }

  connect(sendToWindow: (port: Electron.MessagePortMain) => void): void {
    if (!this.child) return;
    const { port1, port2 } = new MessageChannelMain();
    this.child.postMessage({ type: 'connect' }, [port1]);
    sendToWindow(port2);
  }

  lock(reason: LockReason): void {
    this.child?.postMessage({ type: 'lock', reason });
  }

  stop(): void {
    const child = this.child;
    this.child = undefined;
    child?.postMessage({ type: 'shutdown' });
  }
}
