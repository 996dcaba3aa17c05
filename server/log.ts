import pino, { type Logger } from 'pino';

/**
 * Structured logs to stderr: connection ids, member numbers, sizes, codes and durations. Never
 * content and never keys: the relay has no content to log, and frames are logged by type and size.
 */
export function createServerLogger(level = process.env.PENDAMPING_LOG ?? 'info'): Logger {
  return pino({ name: 'sync-relay', level }, pino.destination(2));
}

export function silentServerLogger(): Logger {
  return pino({ level: 'silent' });
}
