import { parseArgs } from 'node:util';
import { createServerLogger } from './log';
import { openStorage } from './open-storage';
import { SyncServer } from './sync-server';

/**
 * `tsx server/cli.ts [--port 8787] [--host 127.0.0.1] [--data-dir ./.pendamping-relay]`
 * With DATABASE_URL=postgres://… the relay uses PostgreSQL and any number of processes may serve
 * the same teams. Prints one JSON line `{"listening": port}` on stdout when ready (for scripts and
 * tests); everything else is structured logs on stderr.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string', default: '.pendamping-relay' },
    'no-team-creation': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const log = createServerLogger();
  const databaseUrl = process.env.DATABASE_URL;
  const storage = await openStorage({
    dataDir: values['data-dir'] ?? '.pendamping-relay',
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  const server = await SyncServer.start({
    storage,
    log,
    host: values.host ?? '127.0.0.1',
    port: Number(values.port),
    allowTeamCreation: !values['no-team-creation'],
  });
  process.stdout.write(JSON.stringify({ listening: server.port }) + '\n');
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: String(error) }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`sync relay failed to start: ${String(error)}\n`);
  process.exit(1);
});
