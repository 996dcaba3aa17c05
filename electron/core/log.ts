import pino from 'pino';

/**
 * Structured logs to stderr. Callers pass ids, codes and durations, never content: a log line is
 * plaintext on disk wherever stderr ends up.
 */
export type Logger = pino.Logger;

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino(
    { name: options.name ?? 'core', level: options.level ?? process.env.PENDAMPING_LOG ?? 'info' },
    pino.destination(2),
  );
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
