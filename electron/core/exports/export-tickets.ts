import { toHex } from '../../../shared/encoding/hex';
import { randomBytes } from '../crypto';

/** A file made for export, waiting for the person to choose where it goes. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

interface Waiting extends ExportFile {
  expiresAt: number;
  /** Writes the audit entry or the export log line: called once, when the file leaves. */
  record: () => void;
}

/** Long enough to pick a folder in a save dialog; short enough that nothing lingers in memory. */
export const TICKET_LIFETIME_MS = 10 * 60 * 1000;

/**
 * Files made for export live here, in the core's memory only, under a random one-time ticket.
 * Taking one hands the bytes to the host that delivers them (a save dialog, a download) and
 * records the export; an unknown, used or expired ticket gives nothing. Locking drops them all.
 */
export class ExportTickets {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly now: () => number = Date.now) {}

  put(file: ExportFile, record: () => void): string {
    this.sweep();
    const ticket = toHex(randomBytes(16));
    this.waiting.set(ticket, { ...file, record, expiresAt: this.now() + TICKET_LIFETIME_MS });
    return ticket;
  }

  take(ticket: string): ExportFile | undefined {
    this.sweep();
    const found = this.waiting.get(ticket);
    if (!found) return undefined;
    this.waiting.delete(ticket);
    found.record();
    return { fileName: found.fileName, mediaType: found.mediaType, bytes: found.bytes };
  }

  clear(): void {
    for (const file of this.waiting.values()) file.bytes.fill(0);
    this.waiting.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [ticket, file] of this.waiting) {
      if (file.expiresAt <= now) {
        file.bytes.fill(0);
        this.waiting.delete(ticket);
      }
    }
  }
}
