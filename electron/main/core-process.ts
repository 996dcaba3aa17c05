import { createWriteStream, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import type { LockReason } from '../../shared/api/vault';
import { ExportRequests } from './export-requests';
import type { ExportedFile } from './save-export';

export interface CoreProcessOptions {
  /** The built utility-process entry (out/main/core.js). */
  entry: string;
  dataDir: string;
  version: string;
  /** Where the core's stderr (ids, codes, durations; never content) and its exits are kept. */
  logFile: string;
  /** Also copy the log to this process's stderr (an unpackaged app, run from a terminal). */
  echo: boolean;
  /** The core crashed and was started again: each window reloads to get a port to it. */
  onRestart(): void;
  /** The core crashed again after its one restart. */
  onGiveUp(): void;
  /** A message the core sent to main itself (a follow-up reminder to show). */
  onMessage?(message: unknown): void;
}

/** A log past this size is moved aside once at start, so a laptop's disk never fills with it. */
const MAX_LOG_BYTES = 4 * 1024 * 1024;

/**
 * Starts the core off the UI thread and hands each window its own MessagePort to it. A crash gets
 * one restart: a second one is likely to repeat (a damaged file, a full disk), and a loop of
 * restarts would hide it from the person, who is told instead.
 */
export class CoreProcess {
  private child: UtilityProcess | undefined;
  private restarted = false;
  private readonly log: WriteStream;
  private readonly exports = new ExportRequests();

  constructor(private readonly options: CoreProcessOptions) {
    this.log = openLog(options.logFile);
  }

  start(): void {
    const child = utilityProcess.fork(this.options.entry, [], {
      serviceName: 'Pendamping core',
      // stdin stays closed: Electron refuses anything else for a utility process.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.pipe(this.log, { end: false });
      if (this.options.echo) stream?.pipe(process.stderr, { end: false });
    }
    child.postMessage({
      type: 'init',
      dataDir: this.options.dataDir,
      version: this.options.version,
    });
    child.on('message', (message: unknown) => {
      if (this.exports.answer(message)) return;
      this.options.onMessage?.(message);
    });
    child.once('exit', (code) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.note(`core exited with code ${code}`);
      if (this.restarted) {
        this.options.onGiveUp();
        return;
      }
      this.restarted = true;
      this.start();
      this.options.onRestart();
    });
    this.child = child;
  }

  connect(sendToWindow: (port: Electron.MessagePortMain) => void): void {
    if (!this.child) return;
    const { port1, port2 } = new MessageChannelMain();
    this.child.postMessage({ type: 'connect' }, [port1]);
    sendToWindow(port2);
  }

  /** Takes a file made for export from the core (it records the export as it hands it over). */
  takeExport(ticket: string): Promise<ExportedFile | undefined> {
    const child = this.child;
    if (!child) return Promise.resolve(undefined);
    return this.exports.ask(ticket, (message) => child.postMessage(message));
  }

  lock(reason: LockReason): void {
    this.child?.postMessage({ type: 'lock', reason });
  }

  stop(): void {
    const child = this.child;
    this.child = undefined;
    child?.postMessage({ type: 'shutdown' });
  }

  /** A line in the core's own format (pino's JSON), so one reader reads the whole file. */
  private note(msg: string): void {
    this.log.write(`${JSON.stringify({ level: 50, time: Date.now(), name: 'main', msg })}\n`);
  }
}

function openLog(file: string): WriteStream {
  mkdirSync(dirname(file), { recursive: true });
  try {
    if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No log yet.
  }
  return createWriteStream(file, { flags: 'a' });
}
